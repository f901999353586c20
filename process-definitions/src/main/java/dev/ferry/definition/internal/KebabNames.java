package dev.ferry.definition.internal;

import java.util.Locale;

/** Converts Java names to the kebab-case keys a definition uses. */
public final class KebabNames {
  private KebabNames() {}

  /**
   * {@code maxRows} becomes {@code max-rows}; a run of capitals is one word ({@code pdfURLPath}
   * becomes {@code pdf-url-path}); an enum constant {@code RUN_ONCE} becomes {@code run-once}.
   */
  public static String of(String javaName) {
    if (javaName.equals(javaName.toUpperCase(Locale.ROOT))) {
      return javaName.toLowerCase(Locale.ROOT).replace('_', '-');
    }
    StringBuilder out = new StringBuilder(javaName.length() + 4);
    for (int i = 0; i < javaName.length(); i++) {
      char c = javaName.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        char before = javaName.charAt(i - 1);
        boolean nextIsLower =
            i + 1 < javaName.length() && Character.isLowerCase(javaName.charAt(i + 1));
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
}
