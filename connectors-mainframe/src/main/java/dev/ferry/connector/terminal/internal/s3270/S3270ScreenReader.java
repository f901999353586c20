package dev.ferry.connector.terminal.internal.s3270;

import dev.ferry.connector.terminal.Field;
import dev.ferry.connector.terminal.Screen;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the screen model from s3270's {@code ReadBuffer(Ascii)}: one data line per row, one token
 * per position, either a character code in hex or {@code SF(c0=attribute,...)} for a field
 * attribute. Hidden (non-display) fields are blanked.
 */
final class S3270ScreenReader {
  private S3270ScreenReader() {}

  static Screen read(List<String> rowsOfTokens, String[] status) {
    int rows = rowsOfTokens.size();
    List<String[]> tokens = rowsOfTokens.stream().map(r -> r.strip().split(" +")).toList();
    int cols = tokens.isEmpty() ? 0 : tokens.get(0).length;
    int size = rows * cols;
    char[] chars = new char[size];
    int[] attrAt = new int[size];
    List<Integer> starts = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      String[] row = tokens.get(r);
      for (int c = 0; c < cols; c++) {
        int i = r * cols + c;
        String t = c < row.length ? row[c] : "00";
        attrAt[i] = -1;
        if (t.startsWith("SF(")) {
          attrAt[i] = attribute(t);
          starts.add(i);
          chars[i] = ' ';
        } else {
          int code = Integer.parseInt(t.length() > 2 ? t.substring(0, 2) : t, 16);
          chars[i] = code < 0x20 ? ' ' : (char) code;
        }
      }
    }
    List<int[]> spans = new ArrayList<>();
    for (int k = 0; k < starts.size(); k++) {
      int at = starts.get(k);
      int next = starts.get((k + 1) % starts.size());
      int length = ((next - at - 1) + size) % size;
      if (starts.size() == 1) {
        length = size - 1;
      }
      spans.add(new int[] {at + 1, length, attrAt[at]});
      if (hidden(attrAt[at])) {
        for (int j = 0; j < length; j++) {
          chars[(at + 1 + j) % size] = ' ';
        }
      }
    }
    List<String> lines = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      lines.add(new String(chars, r * cols, cols));
    }
    List<Field> fields = new ArrayList<>();
    for (int[] span : spans) {
      int start = span[0] % size;
      int row = start / cols + 1;
      int col = start % cols + 1;
      boolean hidden = hidden(span[2]);
      StringBuilder value = new StringBuilder();
      for (int j = 0; j < span[1] && !hidden; j++) {
        value.append(chars[(start + j) % size]);
      }
      fields.add(
          new Field(
              row,
              col,
              span[1],
              (span[2] & 0x20) == 0,
              hidden,
              value.toString().stripTrailing(),
              Screen.labelLeftOf(lines.get(row - 1), col)));
    }
    return new Screen(
        rows,
        cols,
        lines,
        fields,
        Integer.parseInt(status[8]) + 1,
        Integer.parseInt(status[9]) + 1,
        !status[0].equals("U"));
  }

  private static int attribute(String token) {
    int i = token.indexOf("c0=");
    return i < 0 ? 0 : Integer.parseInt(token.substring(i + 3, i + 5), 16);
  }

  private static boolean hidden(int attribute) {
    return (attribute & 0x0C) == 0x0C;
  }
}
