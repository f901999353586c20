package dev.ferry.engine.expr.internal;

import dev.ferry.engine.expr.ExpressionException;
import dev.ferry.engine.expr.internal.Token.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Splits expression text into tokens. Positions are absolute offsets in the whole text. */
final class Lexer {
  private static final String[] SYMBOLS = {
    "==", "!=", "<=", ">=", "&&", "||", "<", ">", "+", "-", "*", "/", "%", "!", "?", ":", "(", ")",
    "[", "]", "{", "}", ",", "."
  };

  private final String text;
  private final int end;
  private int pos;

  Lexer(String text, int start, int end) {
    this.text = text;
    this.pos = start;
    this.end = end;
  }

  int position() {
    return pos;
  }

  List<Token> tokenize() {
    List<Token> tokens = new ArrayList<>();
    Token token;
    do {
      token = next();
      tokens.add(token);
    } while (token.kind() != Kind.END);
    return tokens;
  }

  Token next() {
    while (pos < end && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
    if (pos >= end) {
      return new Token(Kind.END, "", null, end, end);
    }
    char c = text.charAt(pos);
    if (Character.isDigit(c)) {
      return number();
    }
    if (c == '\'' || c == '"') {
      return string(c);
    }
    if (Character.isLetter(c) || c == '_') {
      int start = pos;
      while (pos < end
          && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
        pos++;
      }
      return new Token(Kind.NAME, text.substring(start, pos), null, start, pos);
    }
    for (String symbol : SYMBOLS) {
      if (text.startsWith(symbol, pos) && pos + symbol.length() <= end) {
        int start = pos;
        pos += symbol.length();
        return new Token(Kind.SYMBOL, symbol, null, start, pos);
      }
    }
    if (c == '=') {
      throw error("'=' is not an operator here; write '==' to compare", pos);
    }
    if (c == '&' || c == '|') {
      throw error("'" + c + "' is not an operator; write '" + c + c + "'", pos);
    }
    throw error("unexpected character '" + c + "'", pos);
  }

  private Token number() {
    int start = pos;
    while (pos < end && Character.isDigit(text.charAt(pos))) {
      pos++;
    }
    boolean decimal = false;
    if (pos + 1 < end && text.charAt(pos) == '.' && Character.isDigit(text.charAt(pos + 1))) {
      decimal = true;
      pos++;
      while (pos < end && Character.isDigit(text.charAt(pos))) {
        pos++;
      }
    }
    if (pos < end && (Character.isLetter(text.charAt(pos)) || text.charAt(pos) == '_')) {
      throw error(
          "a number cannot be followed directly by '"
              + text.charAt(pos)
              + "'; write plain digits such as 12 or 12.50",
          pos);
    }
    String digits = text.substring(start, pos);
    if (decimal) {
      return new Token(Kind.DECIMAL, digits, new BigDecimal(digits), start, pos);
    }
    try {
      return new Token(Kind.INTEGER, digits, Long.parseLong(digits), start, pos);
    } catch (NumberFormatException e) {
      throw error("the whole number " + digits + " is too large; write it as a decimal", start);
    }
  }

  private Token string(char quote) {
    int start = pos;
    pos++;
    StringBuilder value = new StringBuilder();
    while (pos < end) {
      char c = text.charAt(pos);
      if (c == quote) {
        pos++;
        return new Token(Kind.STRING, text.substring(start, pos), value.toString(), start, pos);
      }
      if (c == '\\') {
        value.append(escape());
      } else {
        value.append(c);
        pos++;
      }
    }
    throw error(
        "the text started with " + quote + " at column " + (start + 1) + " is not closed", start);
  }

  private char escape() {
    int at = pos;
    if (pos + 1 >= end) {
      throw error("a '\\' at the end of the text escapes nothing", at);
    }
    char c = text.charAt(pos + 1);
    pos += 2;
    switch (c) {
      case 'n':
        return '\n';
      case 't':
        return '\t';
      case 'r':
        return '\r';
      case '\\':
      case '\'':
      case '"':
        return c;
      case 'u':
        if (pos + 4 <= end) {
          String hex = text.substring(pos, pos + 4);
          if (hex.matches("[0-9a-fA-F]{4}")) {
            pos += 4;
            return (char) Integer.parseInt(hex, 16);
          }
        }
        throw error("'\\u' must be followed by 4 hexadecimal digits", at);
      default:
        throw error(
            "unknown escape '\\" + c + "'; use \\n, \\t, \\r, \\\\, \\', \\\" or \\uXXXX", at);
    }
  }

  static ExpressionException error(String message, int position) {
    return new ExpressionException(message + " (at column " + (position + 1) + ")", position);
  }
}
