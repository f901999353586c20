package dev.ferry.connector.terminal.testhost;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * 5250 records: a GDS header ({@code LL LL 12 A0 00 00 04 flags 00 opcode}); inbound put/get
 * records carry cursor row, column, AID and {@code 11 row col data} per modified field.
 */
final class Tn5250Protocol implements HostProtocol {

  @Override
  public boolean asksDeviceName() {
    return true;
  }

  @Override
  public byte[] encode(HostScreen screen, HostApplication.TerminalInfo terminal) {
    return record(Tn5250Encoder.encode(screen, terminal.wide()));
  }

  /** Write Error Code: the message on the error line, the keyboard locked until Reset. */
  @Override
  public byte[] encodeInputError(
      String message, HostScreen current, HostApplication.TerminalInfo terminal) {
    return record(Tn5250Encoder.errorCode(message));
  }

  private static byte[] record(byte[] data) {
    ByteArrayOutputStream record = new ByteArrayOutputStream();
    int length = data.length + 10;
    record.writeBytes(new byte[] {(byte) (length >> 8), (byte) length, 0x12, (byte) 0xA0, 0, 0});
    record.writeBytes(new byte[] {0x04, 0x00, 0x00, 0x03});
    record.writeBytes(data);
    return record.toByteArray();
  }

  @Override
  public HostInput parseInput(
      byte[] record, HostScreen current, HostApplication.TerminalInfo terminal) {
    // only put/get (opcode 3) records without error flags carry input
    if (record.length < 13 || (record[9] & 0xFF) != 3 || record[7] != 0) {
      return null;
    }
    int row = record[10] & 0xFF;
    int col = record[11] & 0xFF;
    HostKey key = HostKey.of(record[12] & 0xFF);
    Map<String, String> values = new HashMap<>();
    int i = 13;
    while (i + 2 < record.length && record[i] == 0x11) {
      int fieldRow = record[i + 1] & 0xFF;
      int fieldCol = record[i + 2] & 0xFF;
      int start = i + 3;
      int end = start;
      while (end < record.length && record[end] != 0x11) {
        end++;
      }
      String value = HostProtocol.decode(record, start, end);
      for (HostScreen.InputField f : current.fields().values()) {
        if (f.row() == fieldRow && f.col() == fieldCol) {
          values.put(f.name(), value);
        }
      }
      i = end;
    }
    return new HostInput(key, row, col, values);
  }
}
