package dev.ferry.connector.desktop.internal;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ferry.connector.desktop.ComBridge;
import dev.ferry.connector.desktop.DesktopConfig;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The JACOB bridge on a real Windows machine with JACOB's DLL. Excluded by default: run with
 * -Dgroups=windows -Ddesktop.jacob.dll=C:\path\jacob-1.14.3-x64.dll.
 */
@Tag("windows")
@EnabledOnOs(OS.WINDOWS)
class JacobComBridgeIT extends WindowsComBridgeChecks {
  @BeforeAll
  static void needsTheDll() {
    assumeTrue(
        System.getProperty(ComBridges.JACOB_DLL_PROPERTY) != null,
        "set -D" + ComBridges.JACOB_DLL_PROPERTY + " to JACOB's DLL to run these");
  }

  @Override
  protected Supplier<ComBridge> bridges() {
    DesktopConfig config = new DesktopConfig(DesktopConfig.Bridge.JACOB, null, null, null, null);
    return () -> ComBridges.create(config);
  }
}
