package dev.ferry.connector.terminal;

import dev.ferry.connector.terminal.internal.s3270.S3270Terminal;
import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.Connector;
import dev.ferry.engine.spi.ConnectorSession;
import dev.ferry.engine.spi.SessionContext;
import java.util.List;

/**
 * IBM 3270 (z/OS and others) terminals through the s3270 program, models 2 to 5, plain or TLS.
 * Offers the same {@code terminal.*} actions and screen model as {@code tn5250}.
 */
public final class Tn3270Connector implements Connector<Tn3270Config> {

  @Override
  public String id() {
    return "tn3270";
  }

  @Override
  public String description() {
    return "Mainframe green screens over TN3270 through s3270 (plain or TLS, models 2 to 5).";
  }

  @Override
  public Class<Tn3270Config> configType() {
    return Tn3270Config.class;
  }

  @Override
  public List<Action<?, ?>> actions() {
    return TerminalActions.ALL;
  }

  @Override
  public ConnectorSession open(Tn3270Config config, SessionContext context) {
    return S3270Terminal.open(config, context.dataDirectory(), context.credentials());
  }

  @Override
  public String checkAction() {
    return "terminal.expect";
  }
}
