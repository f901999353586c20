package dev.ferry.connector.terminal;

import dev.ferry.connector.terminal.action.ExpectAction;
import dev.ferry.connector.terminal.testhost.ApLedgerHost;
import dev.ferry.engine.spi.Connector;
import dev.ferry.engine.spi.SecretRef;
import dev.ferry.engine.spi.SecretResolver;
import dev.ferry.engine.testing.ConnectorContractTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class Tn5250ConnectorContractIT extends ConnectorContractTest<Tn5250Config> {
  private static ApLedgerHost host;

  @BeforeAll
  static void startHost() {
    host = ApLedgerHost.start(0, false);
  }

  @AfterAll
  static void stopHost() {
    host.close();
  }

  @Override
  protected Connector<Tn5250Config> connector() {
    return new Tn5250Connector();
  }

  @Override
  protected Tn5250Config configuration() {
    return Tn5250Config.of(host.host(), host.port());
  }

  @Override
  protected ActionCall smokeTest() {
    return new ActionCall("terminal.expect", ExpectAction.Input.screen("Sign On"));
  }

  @Override
  protected SecretResolver secrets() {
    return LedgerFixture.SECRETS;
  }

  @Override
  protected SecretRef credentials() {
    return LedgerFixture.CLERK;
  }
}
