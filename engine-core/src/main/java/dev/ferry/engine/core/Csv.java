package dev.ferry.engine.core;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: quoted fields, doubled quotes, and line breaks inside quotes. */
final class Csv {
  private Csv() {}

  /**
   * @throws IllegalArgumentException for a quote that is never closed, naming its line
   */
  static List<List<String>> parse(String text, char delimiter) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int line = 1;
    int quoteLine = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
      } else if (c == '"' && field.length() == 0) {
        quoted = true;
        quoteLine = line;
      } else if (c == delimiter) {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(field.toString());
        field.setLength(0);
        addRow(rows, row);
        row = new ArrayList<>();
        line++;
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException(
          "the quote opened on line " + quoteLine + " is never closed");
    }
    if (field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      addRow(rows, row);
    }
    return rows;
  }

  private static void addRow(List<List<String>> rows, List<String> row) {
    if (!(row.size() == 1 && row.get(0).isEmpty())) {
      rows.add(row);
    }
  }

  static String format(List<List<String>> rows, char delimiter) {
    StringBuilder out = new StringBuilder();
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        if (i > 0) {
          out.append(delimiter);
        }
        out.append(quote(row.get(i), delimiter));
      }
      out.append("\r\n");
    }
    return out.toString();
  }

  private static String quote(String value, char delimiter) {
    if (value == null) {
      return "";
    }
    boolean needsQuotes =
        value.indexOf(delimiter) >= 0
            || value.indexOf('"') >= 0
            || value.indexOf('\n') >= 0
            || value.indexOf('\r') >= 0;
    return needsQuotes ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
