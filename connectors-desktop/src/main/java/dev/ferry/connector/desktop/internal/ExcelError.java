package dev.ferry.connector.desktop.internal;

import dev.ferry.connector.desktop.ComException;
import java.util.Map;

/** Excel's cell errors, which arrive as VT_ERROR with an SCODE of 0x800A0000 plus a number. */
final class ExcelError {
  private static final Map<Integer, String> TEXTS =
      Map.of(
          2000, "#NULL!",
          2007, "#DIV/0!",
          2015, "#VALUE!",
          2023, "#REF!",
          2029, "#NAME?",
          2036, "#NUM!",
          2042, "#N/A");

  private ExcelError() {}

  /** Excel's own text for its error codes, such as {@code #N/A}; otherwise the SCODE in hex. */
  static String text(int scode) {
    String text = (scode & 0xFFFF0000) == 0x800A0000 ? TEXTS.get(scode & 0xFFFF) : null;
    return text != null ? text : "#ERROR " + ComException.hex(scode);
  }
}
