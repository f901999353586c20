package dev.ferry.engine.core;

import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.Connector;
import dev.ferry.engine.spi.ConnectorSession;
import dev.ferry.engine.spi.NoConfig;
import dev.ferry.engine.spi.SessionContext;
import java.util.List;

/**
 * The built-in actions that need no application: variables, logging, assertions, waits, HTTP calls,
 * and files and CSV inside the work directory.
 */
public final class CoreConnector implements Connector<NoConfig> {
  private static final List<Action<?, ?>> ACTIONS =
      List.of(
          new SetAction(),
          new LogAction(),
          new AssertAction(),
          new WaitAction(),
          new FailAction(),
          new HttpRequestAction(),
          new FileReadAction(),
          new FileWriteAction(),
          new CsvReadAction(),
          new CsvWriteAction());

  @Override
  public String id() {
    return "core";
  }

  @Override
  public String description() {
    return "Built-in actions: variables, logging, assertions, waits, HTTP, files and CSV.";
  }

  @Override
  public Class<NoConfig> configType() {
    return NoConfig.class;
  }

  @Override
  public List<Action<?, ?>> actions() {
    return ACTIONS;
  }

  @Override
  public ConnectorSession open(NoConfig config, SessionContext context) {
    return ConnectorSession.NONE;
  }
}
