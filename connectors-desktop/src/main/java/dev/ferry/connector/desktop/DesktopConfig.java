package dev.ferry.connector.desktop;

import dev.ferry.engine.spi.Param;
import java.time.Duration;

/**
 * The settings of a {@code desktop} application in a definition.
 *
 * @param comBridge which COM bridge to use; JNA needs nothing installed
 * @param jacobDll the full path of JACOB's DLL; null to use the {@code desktop.jacob.dll} system
 *     property
 * @param comCallTimeout how long one COM call may block before the session counts as stuck
 * @param screenshots whether each step ends with a screenshot when a display is present
 * @param inputDelay the pause after each synthesized key or mouse event
 */
public record DesktopConfig(
    @Param(
            value =
                "The COM bridge: jna (the default, nothing to install) or jacob (needs JACOB's DLL)",
            defaultValue = "jna")
        Bridge comBridge,
    @Param(
            value =
                "Full path of JACOB's DLL, such as C:\\ferry\\jacob-1.14.3-x64.dll; when left out,"
                    + " the Java system property desktop.jacob.dll is used",
            optional = true)
        String jacobDll,
    @Param(
            value =
                "How long one COM call may take before the program counts as stuck (for example a"
                    + " modal dialog) and the session is reopened",
            defaultValue = "2m")
        Duration comCallTimeout,
    @Param(
            value = "Take a screenshot after each step when a display is present",
            defaultValue = "true")
        Boolean screenshots,
    @Param(value = "Pause after each synthesized key press or mouse click", defaultValue = "10ms")
        Duration inputDelay) {

  /** The COM bridges Ferry ships. */
  public enum Bridge {
    /** JNA's COM late binding: works on any Windows machine with nothing to install. */
    JNA,
    /** JACOB: what the project was specified with; needs JACOB's DLL on the machine. */
    JACOB
  }

  public static final Duration DEFAULT_COM_CALL_TIMEOUT = Duration.ofMinutes(2);
  public static final Duration DEFAULT_INPUT_DELAY = Duration.ofMillis(10);

  public DesktopConfig {
    comBridge = comBridge == null ? Bridge.JNA : comBridge;
    comCallTimeout = comCallTimeout == null ? DEFAULT_COM_CALL_TIMEOUT : comCallTimeout;
    screenshots = screenshots == null ? Boolean.TRUE : screenshots;
    inputDelay = inputDelay == null ? DEFAULT_INPUT_DELAY : inputDelay;
    if (comCallTimeout.isNegative() || comCallTimeout.isZero()) {
      throw new IllegalArgumentException(
          "com-call-timeout must be positive, such as 2m; got " + comCallTimeout);
    }
    if (inputDelay.isNegative() || inputDelay.compareTo(Duration.ofSeconds(1)) > 0) {
      throw new IllegalArgumentException(
          "input-delay must be between 0 and 1s, such as 10ms; got " + inputDelay);
    }
    if (jacobDll != null && jacobDll.isBlank()) {
      jacobDll = null;
    }
  }

  /** All defaults: JNA, a 2-minute COM call timeout, screenshots on, 10 ms input delay. */
  public static DesktopConfig defaults() {
    return new DesktopConfig(null, null, null, null, null);
  }
}
