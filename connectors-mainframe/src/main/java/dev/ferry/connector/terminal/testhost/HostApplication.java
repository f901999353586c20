package dev.ferry.connector.terminal.testhost;

/**
 * The program a test host runs for one terminal connection: it shows a first screen and answers
 * each input with the next one. One instance serves one connection, from one thread.
 */
public interface HostApplication {

  /**
   * The first screen, sent once telnet negotiation is complete.
   *
   * @param terminal the terminal type and device name the client announced
   */
  HostScreen start(TerminalInfo terminal);

  /**
   * The next screen after the user pressed a key, or null to end the session and close the
   * connection (sign off).
   */
  HostScreen onInput(HostInput input);

  /**
   * What the client announced during negotiation.
   *
   * @param terminalType such as {@code IBM-3179-2} (24x80) or {@code IBM-3477-FC} (27x132)
   * @param deviceName the requested device name, or null when none was sent
   */
  record TerminalInfo(String terminalType, String deviceName) {
    public boolean wide() {
      return terminalType != null && terminalType.startsWith("IBM-3477");
    }

    public int rows() {
      return wide() ? 27 : 24;
    }

    public int cols() {
      return wide() ? 132 : 80;
    }
  }
}
