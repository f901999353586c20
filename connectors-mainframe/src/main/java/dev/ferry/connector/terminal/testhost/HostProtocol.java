package dev.ferry.connector.terminal.testhost;

/** What differs between a TN5250 and a TN3270 host once telnet is negotiated. */
interface HostProtocol {

  /** Whether to ask for NEW-ENVIRON, where a 5250 client sends its device name. */
  boolean asksDeviceName();

  /** One outbound record (before IAC doubling and IAC EOR) that shows the screen. */
  byte[] encode(HostScreen screen, HostApplication.TerminalInfo terminal);

  /**
   * One outbound record that refuses the last input with a message and leaves {@code current} in
   * place.
   */
  byte[] encodeInputError(
      String message, HostScreen current, HostApplication.TerminalInfo terminal);

  /** The input in an inbound record, or null for records that carry none. */
  HostInput parseInput(byte[] record, HostScreen current, HostApplication.TerminalInfo terminal);

  /** Decodes field data, reading nulls as blanks and dropping trailing blanks. */
  static String decode(byte[] bytes, int start, int end) {
    byte[] copy = new byte[end - start];
    for (int j = start; j < end; j++) {
      copy[j - start] = bytes[j] == 0 ? 0x40 : bytes[j];
    }
    return new String(copy, HostScreen.EBCDIC).stripTrailing();
  }
}
