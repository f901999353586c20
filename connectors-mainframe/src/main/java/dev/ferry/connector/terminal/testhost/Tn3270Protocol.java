package dev.ferry.connector.terminal.testhost;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * 3270 data streams (RFC 1576, no TN3270E): Erase/Write (Alternate for models 3 to 5) with SBA, SF
 * and IC orders; inbound records carry AID, cursor address and {@code SBA addr data} per modified
 * field. Addresses use the 12-bit code, or 14-bit binary when the client sends it.
 */
final class Tn3270Protocol implements HostProtocol {
  private static final int[] CODES = {
    0x40, 0xC1, 0xC2, 0xC3, 0xC4, 0xC5, 0xC6, 0xC7, 0xC8, 0xC9, 0x4A, 0x4B, 0x4C, 0x4D, 0x4E, 0x4F,
    0x50, 0xD1, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6, 0xD7, 0xD8, 0xD9, 0x5A, 0x5B, 0x5C, 0x5D, 0x5E, 0x5F,
    0x60, 0x61, 0xE2, 0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0x6A, 0x6B, 0x6C, 0x6D, 0x6E, 0x6F,
    0xF0, 0xF1, 0xF2, 0xF3, 0xF4, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9, 0x7A, 0x7B, 0x7C, 0x7D, 0x7E, 0x7F
  };
  private static final int PROTECTED = 0x20;
  private static final int INTENSIFIED = 0x08;
  private static final int NON_DISPLAY = 0x0C;

  @Override
  public boolean asksDeviceName() {
    return false;
  }

  @Override
  public byte[] encode(HostScreen screen, HostApplication.TerminalInfo terminal) {
    int cols = terminal.cols();
    int size = terminal.rows() * cols;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // Erase/Write for the default 24x80 screen, Erase/Write Alternate for the model's own size
    out.write(terminal.rows() == 24 && cols == 80 ? 0xF5 : 0x7E);
    // WCC: reset, restore the keyboard, reset modified data tags
    out.write(0xC3);
    int firstInput = -1;
    for (Object item : screen.items()) {
      if (item instanceof HostScreen.InputField f) {
        int at = address(f.row(), f.col(), cols);
        if (firstInput < 0) {
          firstInput = at;
        }
        sf(out, (at - 1 + size) % size, f.hidden() ? NON_DISPLAY : 0);
        out.writeBytes(f.value().getBytes(HostScreen.EBCDIC));
        sf(out, (at + f.length()) % size, PROTECTED);
      } else if (item instanceof HostScreen.Text t) {
        int at = address(t.row(), t.col(), cols);
        sf(out, (at - 1 + size) % size, PROTECTED | (t.bright() ? INTENSIFIED : 0));
        out.writeBytes(t.text().getBytes(HostScreen.EBCDIC));
      }
    }
    int cursor =
        screen.cursorRow() > 0
            ? address(screen.cursorRow(), screen.cursorCol(), cols)
            : Math.max(firstInput, 0);
    out.write(0x11);
    writeAddress(out, cursor);
    out.write(0x13);
    return out.toByteArray();
  }

  /** 3270 has no error line of its own: the screen again, with the message on its last row. */
  @Override
  public byte[] encodeInputError(
      String message, HostScreen current, HostApplication.TerminalInfo terminal) {
    return encode(current.withMessageOn(terminal.rows(), message), terminal);
  }

  private static int address(int row, int col, int cols) {
    return (row - 1) * cols + (col - 1);
  }

  private static void sf(ByteArrayOutputStream out, int address, int attribute) {
    out.write(0x11);
    writeAddress(out, address);
    out.write(0x1D);
    out.write(CODES[attribute & 0x3F]);
  }

  private static void writeAddress(ByteArrayOutputStream out, int address) {
    out.write(CODES[(address >> 6) & 0x3F]);
    out.write(CODES[address & 0x3F]);
  }

  private static int readAddress(byte b1, byte b2) {
    if ((b1 & 0xC0) == 0) {
      return ((b1 & 0x3F) << 8) | (b2 & 0xFF);
    }
    return ((b1 & 0x3F) << 6) | (b2 & 0x3F);
  }

  @Override
  public HostInput parseInput(
      byte[] record, HostScreen current, HostApplication.TerminalInfo terminal) {
    if (record.length < 1) {
      return null;
    }
    HostKey key = key(record[0] & 0xFF);
    if (record.length < 3) {
      // short read (PA keys, Clear): only the AID
      return new HostInput(key, 0, 0, Map.of());
    }
    int cols = terminal.cols();
    int cursor = readAddress(record[1], record[2]);
    Map<String, String> values = new HashMap<>();
    int i = 3;
    while (i + 2 < record.length && record[i] == 0x11) {
      int at = readAddress(record[i + 1], record[i + 2]);
      int start = i + 3;
      int end = start;
      while (end < record.length && record[end] != 0x11) {
        end++;
      }
      String value = HostProtocol.decode(record, start, end);
      for (HostScreen.InputField f : current.fields().values()) {
        if (address(f.row(), f.col(), cols) == at) {
          values.put(f.name(), value);
        }
      }
      i = end;
    }
    return new HostInput(key, cursor / cols + 1, cursor % cols + 1, values);
  }

  /** 3270 AIDs mapped onto the host's keys, so one application serves both protocols. */
  private static HostKey key(int aid) {
    return switch (aid) {
      case 0x7D -> HostKey.ENTER;
      case 0x6D -> HostKey.CLEAR;
      case 0x7A -> HostKey.PF10;
      case 0x7B -> HostKey.PF11;
      case 0x7C -> HostKey.PF12;
      case 0x4A -> HostKey.PF22;
      case 0x4B -> HostKey.PF23;
      case 0x4C -> HostKey.PF24;
      default -> {
        if (aid >= 0xF1 && aid <= 0xF9) {
          yield HostKey.valueOf("PF" + (aid - 0xF0));
        }
        if (aid >= 0xC1 && aid <= 0xC9) {
          yield HostKey.valueOf("PF" + (aid - 0xC0 + 12));
        }
        yield HostKey.OTHER;
      }
    };
  }
}
