package dev.ferry.connector.terminal;

import dev.ferry.connector.terminal.internal.tn5250.Tn5250Terminal;
import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.Connector;
import dev.ferry.engine.spi.ConnectorSession;
import dev.ferry.engine.spi.SessionContext;
import java.util.List;

/**
 * IBM 5250 (IBM i) terminals through tn5250j, headless. Sessions open a telnet or TLS connection
 * and wait for the first screen; signing on is the {@code terminal.sign-on} action.
 */
public final class Tn5250Connector implements Connector<Tn5250Config> {

  @Override
  public String id() {
    return "tn5250";
  }

  @Override
  public String description() {
    return "IBM i green screens over TN5250 (plain or TLS, 24x80 or 27x132).";
  }

  @Override
  public Class<Tn5250Config> configType() {
    return Tn5250Config.class;
  }

  @Override
  public List<Action<?, ?>> actions() {
    return TerminalActions.ALL;
  }

  @Override
  public ConnectorSession open(Tn5250Config config, SessionContext context) {
    return Tn5250Terminal.open(
        config,
        context.dataDirectory(),
        context.applicationName() + "-" + context.transactionId(),
        context.credentials());
  }

  @Override
  public String checkAction() {
    return "terminal.expect";
  }
}
