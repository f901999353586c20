package dev.ferry.connector.desktop.internal;

import dev.ferry.connector.desktop.ComBridge;
import dev.ferry.connector.desktop.DesktopConfig;
import dev.ferry.connector.desktop.DesktopConnector;
import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.Evidence;
import dev.ferry.engine.spi.SecretRef;
import dev.ferry.engine.spi.SecretResolver;
import dev.ferry.engine.spi.SessionContext;
import dev.ferry.engine.spi.TransactionId;
import dev.ferry.engine.testing.TestActionContext;
import dev.ferry.engine.testing.TestSecrets;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs desktop actions the way the engine does: one session opened through the connector, one fresh
 * context per step, the evidence of the last step kept for inspection.
 */
final class Steps implements AutoCloseable {
  final DesktopSession session;
  private final DesktopConnector connector;
  private final SecretResolver secrets;
  private final Path work;
  private TestActionContext last;

  Steps(ComBridge bridge, DesktopConfig config, Path work, SecretResolver secrets) {
    this.connector = new DesktopConnector(c -> bridge);
    this.secrets = secrets;
    this.work = work;
    this.session = (DesktopSession) connector.open(config, sessionContext(work, secrets));
  }

  Steps(ComBridge bridge, Path work) {
    this(bridge, DesktopConfig.defaults(), work, TestSecrets.none());
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  <O extends Record> O run(String name, Record input) {
    Action action =
        connector.actions().stream()
            .filter(a -> a.name().equals(name))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no action " + name));
    last = TestActionContext.forSession(session).withSecrets(secrets).withWorkDirectory(work);
    return (O) action.execute(input, last);
  }

  /** The evidence the last step recorded. */
  List<Evidence> evidence() {
    return last.recordedEvidence();
  }

  /** The text of the last step's CALLS evidence. */
  String calls() {
    return evidence().stream()
        .filter(e -> e.kind() == Evidence.Kind.CALLS)
        .map(Evidence::contentAsText)
        .findFirst()
        .orElse("");
  }

  @Override
  public void close() {
    session.close();
  }

  private static SessionContext sessionContext(Path work, SecretResolver secrets) {
    return new SessionContext() {
      @Override
      public String applicationName() {
        return "app";
      }

      @Override
      public TransactionId transactionId() {
        return new TransactionId("tx-desktop-test");
      }

      @Override
      public SecretRef credentials() {
        return null;
      }

      @Override
      public SecretResolver secrets() {
        return secrets;
      }

      @Override
      public Path dataDirectory() {
        return work;
      }
    };
  }
}
