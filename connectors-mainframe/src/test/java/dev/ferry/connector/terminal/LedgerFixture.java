package dev.ferry.connector.terminal;

import dev.ferry.connector.terminal.action.SignOnAction;
import dev.ferry.connector.terminal.testhost.ApLedgerHost;
import dev.ferry.connector.terminal.testhost.HostOptions;
import dev.ferry.connector.terminal.testhost.InvoiceBook;
import dev.ferry.engine.spi.SecretRef;
import dev.ferry.engine.spi.SecretResolver;
import dev.ferry.engine.spi.SessionContext;
import dev.ferry.engine.spi.TransactionId;
import dev.ferry.engine.testing.TestActionContext;
import dev.ferry.engine.testing.TestSecrets;
import java.nio.file.Path;

/** An AP ledger host plus a way to open tn5250 sessions to it, as the engine would. */
final class LedgerFixture implements AutoCloseable {
  static final SecretRef CLERK = new SecretRef("ledger-clerk");
  static final SecretResolver SECRETS =
      TestSecrets.credentials("ledger-clerk", "apclerk", "ledger1");

  final ApLedgerHost host;
  private final Path data;

  LedgerFixture(InvoiceBook book, HostOptions options, Path data) {
    this.host = ApLedgerHost.start(book, options);
    this.data = data;
  }

  static LedgerFixture plain(Path data) {
    return new LedgerFixture(InvoiceBook.demo(), HostOptions.plain(), data);
  }

  Tn5250Config config() {
    return Tn5250Config.of(host.host(), host.port());
  }

  Terminal open(Tn5250Config config) {
    return (Terminal) new Tn5250Connector().open(config, sessionContext(data, CLERK, SECRETS));
  }

  Terminal open() {
    return open(config());
  }

  /** Opens a session and signs on as the clerk; returns the context used. */
  static TestActionContext signOn(Terminal terminal) {
    TestActionContext context = TestActionContext.forSession(terminal).withSecrets(SECRETS);
    new SignOnAction().execute(SignOnAction.Input.defaults(), context);
    return context;
  }

  static SessionContext sessionContext(Path data, SecretRef credentials, SecretResolver secrets) {
    return new SessionContext() {
      @Override
      public String applicationName() {
        return "ledger";
      }

      @Override
      public TransactionId transactionId() {
        return TransactionId.random();
      }

      @Override
      public SecretRef credentials() {
        return credentials;
      }

      @Override
      public SecretResolver secrets() {
        return secrets;
      }

      @Override
      public Path dataDirectory() {
        return data;
      }
    };
  }

  @Override
  public void close() {
    host.close();
  }
}
