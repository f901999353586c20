package dev.ferry.engine.expr.internal;

import dev.ferry.engine.expr.internal.Token.Kind;

/** Finds where a {@code ${...}} part of a template ends, skipping braces inside the expression. */
public final class TemplateScanner {
  private TemplateScanner() {}

  /**
   * @param text the whole template
   * @param open the offset of the {@code $} of {@code ${}
   * @return the offset of the matching {@code }}
   */
  public static int closingBrace(String text, int open) {
    Lexer lexer = new Lexer(text, open + 2, text.length());
    int depth = 0;
    while (true) {
      Token t = lexer.next();
      if (t.kind() == Kind.END) {
        throw Lexer.error("the '${' at column " + (open + 1) + " is not closed with '}'", open);
      }
      if (t.is("{")) {
        depth++;
      } else if (t.is("}")) {
        if (depth == 0) {
          return t.start();
        }
        depth--;
      }
    }
  }
}
