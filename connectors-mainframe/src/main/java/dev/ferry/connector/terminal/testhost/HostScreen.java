package dev.ferry.connector.terminal.testhost;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One screen that a test host sends: text at positions and named input fields, written as a 5250
 * Write To Display command followed by Read MDT Fields. Rows and columns are 1-based, as on a
 * terminal. Build it with the chained methods; it is not thread-safe.
 */
public final class HostScreen {

  static final Charset EBCDIC = Charset.forName("IBM037");
  private static final int ATTR_NORMAL = 0x20;
  private static final int ATTR_HIGH = 0x22;
  private static final int ATTR_UNDERLINE = 0x24;
  private static final int ATTR_NON_DISPLAY = 0x27;

  /** A named input field on the screen. */
  public record InputField(
      String name, int row, int col, int length, String value, boolean hidden) {
    public InputField {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      if (length < 1) {
        throw new IllegalArgumentException("field " + name + " needs a length of at least 1");
      }
    }
  }

  private final String name;
  private final List<byte[]> orders = new ArrayList<>();
  private final Map<String, InputField> fields = new LinkedHashMap<>();
  private int cursorRow;
  private int cursorCol;

  /**
   * @param name the screen's identifier, such as {@code APMAIN}, for the host's own bookkeeping
   */
  public HostScreen(String name) {
    this.name = Objects.requireNonNull(name, "name");
  }

  public String name() {
    return name;
  }

  /** Writes plain text whose first character lands on {@code row, col}. */
  public HostScreen text(int row, int col, String text) {
    return write(row, col, ATTR_NORMAL, text);
  }

  /** Writes high-intensity text, used for titles and messages. */
  public HostScreen bright(int row, int col, String text) {
    return write(row, col, ATTR_HIGH, text);
  }

  /** Adds an underlined input field whose first position is {@code row, col}. */
  public HostScreen input(String fieldName, int row, int col, int length, String value) {
    return field(new InputField(fieldName, row, col, length, value, false));
  }

  /** Adds an input field whose content is not displayed, such as a password. */
  public HostScreen hidden(String fieldName, int row, int col, int length) {
    return field(new InputField(fieldName, row, col, length, "", true));
  }

  /** Places the cursor; without this the terminal puts it in the first input field. */
  public HostScreen cursor(int row, int col) {
    cursorRow = row;
    cursorCol = col;
    return this;
  }

  /** The cursor position on the first input field with this name. */
  public HostScreen cursorOn(String fieldName) {
    InputField f = fields.get(fieldName);
    if (f == null) {
      throw new IllegalArgumentException("no field " + fieldName + " on screen " + name);
    }
    return cursor(f.row(), f.col());
  }

  public Map<String, InputField> fields() {
    return Map.copyOf(fields);
  }

  private HostScreen field(InputField f) {
    if (f.col() < 2) {
      throw new IllegalArgumentException("a field needs column 2 or more for its attribute byte");
    }
    fields.put(f.name(), f);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    sba(out, f.row(), f.col() - 1);
    out.write(0x1D);
    // FFW: input field, no bypass, alphanumeric shift; FFW2 0 = no monocase, no auto enter
    out.write(0x40);
    out.write(0x00);
    out.write(f.hidden() ? ATTR_NON_DISPLAY : ATTR_UNDERLINE);
    out.write(f.length() >> 8);
    out.write(f.length() & 0xFF);
    byte[] value = f.value().getBytes(EBCDIC);
    for (int i = 0; i < f.length(); i++) {
      out.write(i < value.length ? value[i] : 0x00);
    }
    out.write(ATTR_NORMAL);
    orders.add(out.toByteArray());
    return this;
  }

  private HostScreen write(int row, int col, int attribute, String text) {
    if (col < 2) {
      throw new IllegalArgumentException("text needs column 2 or more for its attribute byte");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    sba(out, row, col - 1);
    out.write(attribute);
    out.writeBytes(text.getBytes(EBCDIC));
    orders.add(out.toByteArray());
    return this;
  }

  private static void sba(ByteArrayOutputStream out, int row, int col) {
    out.write(0x11);
    out.write(row);
    out.write(col);
  }

  /**
   * The 5250 data of this screen: clear unit (24x80) or clear unit alternate (27x132), write to
   * display with the orders, and read MDT fields, which invites input and unlocks the keyboard.
   */
  byte[] encode(boolean wide) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (wide) {
      out.writeBytes(new byte[] {0x04, 0x20, 0x00});
    } else {
      out.writeBytes(new byte[] {0x04, 0x40});
    }
    out.writeBytes(new byte[] {0x04, 0x11, 0x00, 0x18});
    // SOH: no function keys withhold data; the error line is the last row
    out.writeBytes(new byte[] {0x01, 0x07, 0x00, 0x00, 0x00, (byte) (wide ? 27 : 24), 0, 0, 0});
    for (byte[] order : orders) {
      out.writeBytes(order);
    }
    if (cursorRow > 0) {
      out.write(0x13);
      out.write(cursorRow);
      out.write(cursorCol);
    }
    out.writeBytes(new byte[] {0x04, 0x52, 0x00, 0x00});
    return out.toByteArray();
  }
}
