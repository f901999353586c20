package dev.ferry.connector.desktop;

import dev.ferry.connector.desktop.internal.ComBridges;
import dev.ferry.connector.desktop.internal.DesktopActions;
import dev.ferry.connector.desktop.internal.DesktopSession;
import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.Connector;
import dev.ferry.engine.spi.ConnectorSession;
import dev.ferry.engine.spi.SessionContext;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The {@code desktop} connector: Windows programs through COM automation (Excel, SAP GUI Scripting,
 * AutoItX window control, any ProgID) and any desktop through keyboard, mouse and screenshots.
 *
 * <p>Opening a session does nothing visible: COM starts on the session's first COM step, on a
 * dedicated STA thread, and screen input on its first screen step.
 */
public final class DesktopConnector implements Connector<DesktopConfig> {
  private final Function<DesktopConfig, ComBridge> bridges;

  /** The connector as {@link java.util.ServiceLoader} makes it, with the configured bridge. */
  public DesktopConnector() {
    this(ComBridges::create);
  }

  /**
   * A connector whose sessions get their COM bridge from {@code bridges}, such as a fake in tests.
   *
   * @param bridges called once per session, on its first COM step; never null
   */
  public DesktopConnector(Function<DesktopConfig, ComBridge> bridges) {
    this.bridges = Objects.requireNonNull(bridges, "bridges");
  }

  @Override
  public String id() {
    return "desktop";
  }

  @Override
  public String description() {
    return "Windows programs through COM automation (Excel, SAP GUI, AutoItX), and any desktop"
        + " through keyboard, mouse and screenshots.";
  }

  @Override
  public Class<DesktopConfig> configType() {
    return DesktopConfig.class;
  }

  @Override
  public List<Action<?, ?>> actions() {
    return DesktopActions.all();
  }

  @Override
  public ConnectorSession open(DesktopConfig config, SessionContext context) {
    DesktopConfig settings = config == null ? DesktopConfig.defaults() : config;
    return new DesktopSession(settings, context.applicationName(), () -> bridges.apply(settings));
  }
}
