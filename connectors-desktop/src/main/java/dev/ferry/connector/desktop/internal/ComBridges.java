package dev.ferry.connector.desktop.internal;

import dev.ferry.connector.desktop.ComBridge;
import dev.ferry.connector.desktop.DesktopConfig;
import dev.ferry.connector.desktop.DesktopException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Makes the COM bridge a configuration asks for. */
public final class ComBridges {
  /** The system property an operator can set instead of {@code jacob-dll}. */
  public static final String JACOB_DLL_PROPERTY = "desktop.jacob.dll";

  private ComBridges() {}

  /**
   * @throws DesktopException off Windows, or when JACOB is chosen and its DLL cannot be found
   */
  public static ComBridge create(DesktopConfig config) {
    if (!DesktopAction.isWindows()) {
      throw new DesktopException(
          "Windows only: COM automation needs Windows; this machine runs "
              + System.getProperty("os.name"));
    }
    return switch (config.comBridge()) {
      case JNA -> new JnaComBridge();
      case JACOB -> new JacobComBridge(jacobDll(config));
    };
  }

  /**
   * Where JACOB's DLL is, checked before anything tries to load it.
   *
   * @throws DesktopException saying how to provide it when it is not set or not there
   */
  static Path jacobDll(DesktopConfig config) {
    String setting =
        config.jacobDll() != null ? config.jacobDll() : System.getProperty(JACOB_DLL_PROPERTY);
    String how =
        " JACOB's DLL ships in no Maven artifact: download jacob-1.14.3.zip from the JACOB project"
            + " (github.com/freemansoft/jacob-project/releases), take jacob-1.14.3-x64.dll for"
            + " 64-bit Java (x86 for 32-bit), and set 'jacob-dll: C:\\path\\jacob-1.14.3-x64.dll'"
            + " on the application or start Ferry with -D"
            + JACOB_DLL_PROPERTY
            + "=C:\\path\\jacob-1.14.3-x64.dll. Or set 'com-bridge: jna', which needs no DLL.";
    if (setting == null || setting.isBlank()) {
      throw new DesktopException("com-bridge is jacob, but no JACOB DLL is configured." + how);
    }
    Path dll = Path.of(setting).toAbsolutePath();
    if (!Files.isRegularFile(dll)) {
      throw new DesktopException(
          "com-bridge is jacob, but the JACOB DLL " + dll + " does not exist." + how);
    }
    return dll;
  }
}
