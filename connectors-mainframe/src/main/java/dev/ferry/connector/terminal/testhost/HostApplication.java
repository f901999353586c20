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
   * @param terminalType such as {@code IBM-3179-2} (5250, 24x80), {@code IBM-3477-FC} (5250,
   *     27x132) or {@code IBM-3278-4} (3270 model 4, 43x80)
   * @param deviceName the requested device name, or null when none was sent
   */
  record TerminalInfo(String terminalType, String deviceName) {
    private static final java.util.regex.Pattern MODEL_3270 =
        java.util.regex.Pattern.compile("IBM-327[89]-([2-5]).*");

    private int model3270() {
      var m = MODEL_3270.matcher(terminalType == null ? "" : terminalType);
      return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** Whether this is a 5250 27x132 or a 3270 model 5 screen. */
    public boolean wide() {
      return cols() == 132;
    }

    public int rows() {
      return switch (model3270()) {
        case 3 -> 32;
        case 4 -> 43;
        case 5 -> 27;
        case 2 -> 24;
        default -> terminalType != null && terminalType.startsWith("IBM-3477") ? 27 : 24;
      };
    }

    public int cols() {
      return model3270() == 5 || (terminalType != null && terminalType.startsWith("IBM-3477"))
          ? 132
          : 80;
    }
  }
}
