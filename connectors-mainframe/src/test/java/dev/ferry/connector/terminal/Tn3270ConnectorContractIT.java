package dev.ferry.connector.terminal;

import dev.ferry.connector.terminal.action.ExpectAction;
import dev.ferry.connector.terminal.testhost.ApLedgerHost;
import dev.ferry.connector.terminal.testhost.HostOptions;
import dev.ferry.connector.terminal.testhost.InvoiceBook;
import dev.ferry.engine.spi.Connector;
import dev.ferry.engine.testing.ConnectorContractTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class Tn3270ConnectorContractIT extends ConnectorContractTest<Tn3270Config> {
  private static ApLedgerHost host;

  @BeforeAll
  static void startHost() {
    S3270Available.assume();
    host = ApLedgerHost.start3270(InvoiceBook.demo(), HostOptions.plain());
  }

  @AfterAll
  static void stopHost() {
    if (host != null) {
      host.close();
    }
  }

  @Override
  protected Connector<Tn3270Config> connector() {
    return new Tn3270Connector();
  }

  @Override
  protected Tn3270Config configuration() {
    return Tn3270Config.of(host.host(), host.port());
  }

  @Override
  protected ActionCall smokeTest() {
    return new ActionCall("terminal.expect", ExpectAction.Input.screen("Sign On"));
  }
}
