package dev.ferry.engine.expr;

import java.util.Locale;

/** Converts names between Java's camelCase and YAML's kebab-case. */
public final class Names {
  private Names() {}

  /**
   * {@code maxRows} becomes {@code max-rows}; a run of capitals is one word ({@code pdfURLPath}
   * becomes {@code pdf-url-path}); digits stay with the word before them ({@code sha256}).
   */
  public static String kebab(String camel) {
    StringBuilder out = new StringBuilder(camel.length() + 4);
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        char before = camel.charAt(i - 1);
        boolean nextIsLower = i + 1 < camel.length() && Character.isLowerCase(camel.charAt(i + 1));
        if (Character.isLowerCase(before)
            || Character.isDigit(before)
            || (Character.isUpperCase(before) && nextIsLower)) {
          out.append('-');
        }
      }
      out.append(c == '_' ? '-' : Character.toLowerCase(c));
    }
    return out.toString();
  }

  /** {@code max-rows} (or {@code max_rows}) becomes {@code maxRows}. */
  public static String camel(String kebab) {
    StringBuilder out = new StringBuilder(kebab.length());
    boolean upper = false;
    for (int i = 0; i < kebab.length(); i++) {
      char c = kebab.charAt(i);
      if (c == '-' || c == '_') {
        upper = out.length() > 0;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }

  /** An enum constant's YAML name: {@code BUSINESS_ERROR} becomes {@code business-error}. */
  public static String constant(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
