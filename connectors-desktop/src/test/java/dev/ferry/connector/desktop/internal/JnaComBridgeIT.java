package dev.ferry.connector.desktop.internal;

import dev.ferry.connector.desktop.ComBridge;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** The JNA bridge on a real Windows machine. Excluded by default: run with -Dgroups=windows. */
@Tag("windows")
@EnabledOnOs(OS.WINDOWS)
class JnaComBridgeIT extends WindowsComBridgeChecks {
  @Override
  protected Supplier<ComBridge> bridges() {
    return JnaComBridge::new;
  }
}
