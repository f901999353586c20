package dev.ferry.connector.terminal.internal.tn5250;

import dev.ferry.connector.terminal.Field;
import dev.ferry.connector.terminal.Screen;
import java.util.ArrayList;
import java.util.List;
import org.tn5250j.framework.tn5250.Screen5250;
import org.tn5250j.framework.tn5250.ScreenField;

/** Turns tn5250j's screen planes into Ferry's screen model; hidden fields are blanked. */
final class Tn5250ScreenReader {
  private Tn5250ScreenReader() {}

  static Screen read(Screen5250 s) {
    int rows = s.getRows();
    int cols = s.getColumns();
    char[] chars = s.getScreenAsChars();
    List<ScreenField> raw = new ArrayList<>();
    for (ScreenField f : s.getScreenFields().getFields()) {
      if (f != null) {
        raw.add(f);
      }
    }
    for (ScreenField f : raw) {
      if (isHidden(f)) {
        int start = f.startPos();
        for (int i = 0; i < f.getLength() && start + i < chars.length; i++) {
          chars[start + i] = ' ';
        }
      }
    }
    List<String> lines = new ArrayList<>(rows);
    for (int r = 0; r < rows; r++) {
      StringBuilder line = new StringBuilder(cols);
      for (int c = 0; c < cols; c++) {
        int i = r * cols + c;
        char ch = i < chars.length ? chars[i] : ' ';
        line.append(ch < ' ' ? ' ' : ch);
      }
      lines.add(line.toString());
    }
    List<Field> fields = new ArrayList<>();
    for (ScreenField f : raw) {
      int row = f.startRow() + 1;
      int col = f.startCol() + 1;
      boolean hidden = isHidden(f);
      String value = hidden ? "" : clean(f.getString());
      fields.add(
          new Field(
              row,
              col,
              f.getLength(),
              !f.isBypassField(),
              hidden,
              value,
              Screen.labelLeftOf(lines.get(row - 1), col)));
    }
    return new Screen(
        rows,
        cols,
        lines,
        fields,
        s.getCurrentRow(),
        s.getCurrentCol(),
        s.getOIA().isKeyBoardLocked());
  }

  // attribute 0x27 (and the column-separator variant 0x2F) is "non-display"
  private static boolean isHidden(ScreenField f) {
    return (f.getAttr() & 0x07) == 0x07;
  }

  private static String clean(String value) {
    StringBuilder b = new StringBuilder(value.length());
    for (char c : value.toCharArray()) {
      b.append(c < ' ' ? ' ' : c);
    }
    return b.toString().stripTrailing();
  }
}
