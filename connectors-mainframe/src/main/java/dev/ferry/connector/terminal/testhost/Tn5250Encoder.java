package dev.ferry.connector.terminal.testhost;

import java.io.ByteArrayOutputStream;

/**
 * Writes a {@link HostScreen} as 5250 data: clear unit (or clear unit alternate for 27x132), write
 * to display with its orders, and read MDT fields, which invites input and unlocks the keyboard.
 */
final class Tn5250Encoder {
  private static final int ATTR_NORMAL = 0x20;
  private static final int ATTR_HIGH = 0x22;
  private static final int ATTR_UNDERLINE = 0x24;
  private static final int ATTR_NON_DISPLAY = 0x27;

  private Tn5250Encoder() {}

  static byte[] encode(HostScreen screen, boolean wide) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (wide) {
      out.writeBytes(new byte[] {0x04, 0x20, 0x00});
    } else {
      out.writeBytes(new byte[] {0x04, 0x40});
    }
    out.writeBytes(new byte[] {0x04, 0x11, 0x00, 0x18});
    // SOH: no function keys withhold data; the error line is the last row
    out.writeBytes(new byte[] {0x01, 0x07, 0x00, 0x00, 0x00, (byte) (wide ? 27 : 24), 0, 0, 0});
    for (Object item : screen.items()) {
      if (item instanceof HostScreen.InputField f) {
        sba(out, f.row(), f.col() - 1);
        out.write(0x1D);
        // FFW: input field, no bypass, alphanumeric shift; FFW2 0 = no monocase, no auto enter
        out.write(0x40);
        out.write(0x00);
        out.write(f.hidden() ? ATTR_NON_DISPLAY : ATTR_UNDERLINE);
        out.write(f.length() >> 8);
        out.write(f.length() & 0xFF);
        byte[] value = f.value().getBytes(HostScreen.EBCDIC);
        for (int i = 0; i < f.length(); i++) {
          out.write(i < value.length ? value[i] : 0x00);
        }
        out.write(ATTR_NORMAL);
      } else if (item instanceof HostScreen.Text t) {
        sba(out, t.row(), t.col() - 1);
        out.write(t.bright() ? ATTR_HIGH : ATTR_NORMAL);
        out.writeBytes(t.text().getBytes(HostScreen.EBCDIC));
      }
    }
    if (screen.cursorRow() > 0) {
      out.write(0x13);
      out.write(screen.cursorRow());
      out.write(screen.cursorCol());
    }
    out.writeBytes(new byte[] {0x04, 0x52, 0x00, 0x00});
    return out.toByteArray();
  }

  /**
   * Write Error Code (ESC X'21'): the message goes to the error line in high intensity, and the
   * terminal locks the keyboard until the operator presses Reset. The Read MDT Fields that follows
   * lets the corrected input be sent again.
   */
  static byte[] errorCode(String message) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {0x04, 0x21});
    out.write(ATTR_HIGH);
    out.writeBytes(message.getBytes(HostScreen.EBCDIC));
    out.write(ATTR_NORMAL);
    out.writeBytes(new byte[] {0x04, 0x52, 0x00, 0x00});
    return out.toByteArray();
  }

  private static void sba(ByteArrayOutputStream out, int row, int col) {
    out.write(0x11);
    out.write(row);
    out.write(col);
  }
}
