package dev.ferry.engine.internal;

import dev.ferry.engine.expr.Scope;
import dev.ferry.engine.model.ApplicationSpec;
import dev.ferry.engine.spi.Connector;
import dev.ferry.engine.spi.ConnectorSession;
import dev.ferry.engine.spi.SecretRef;
import dev.ferry.engine.spi.SecretResolver;
import dev.ferry.engine.spi.SessionContext;
import dev.ferry.engine.spi.TransactionId;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sessions one transaction has open, one per application, opened lazily within the
 * application's limits and all closed when the transaction ends. Used from one thread at a time.
 */
final class TransactionSessions implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(TransactionSessions.class);

  private final EngineRuntime runtime;
  private final TransactionId transactionId;
  private final Map<String, Open> open = new LinkedHashMap<>();

  private record Open(ApplicationSpec app, ConnectorSession session) {}

  TransactionSessions(EngineRuntime runtime, TransactionId transactionId) {
    this.runtime = runtime;
    this.transactionId = transactionId;
  }

  /** The application's session, opened now if the transaction has none yet. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  ConnectorSession session(ApplicationSpec app, Connector connector, Scope scope, Duration patience)
      throws InterruptedException {
    Open existing = open.get(app.name());
    if (existing != null) {
      return existing.session();
    }
    Record config = InputMaterializer.materialize(app.config(), scope);
    runtime.limiter.acquireSession(app, patience);
    try {
      ConnectorSession session = connector.open(config, context(app));
      open.put(app.name(), new Open(app, session));
      log.debug("opened a session to {} ({})", app.name(), app.connector());
      return session;
    } catch (RuntimeException e) {
      runtime.limiter.releaseSession(app);
      throw e;
    }
  }

  /** Closes the application's session if it has turned unhealthy, so the next use reopens it. */
  void discardIfUnhealthy(String applicationName) {
    Open existing = open.get(applicationName);
    if (existing != null && !existing.session().isHealthy()) {
      log.info("session to {} is unhealthy; it will be reopened", applicationName);
      closeOne(open.remove(applicationName));
    }
  }

  private SessionContext context(ApplicationSpec app) {
    SecretResolver secrets = runtime.secrets;
    SecretRef credentials = app.credentials();
    Path data = runtime.config.dataDirectory();
    TransactionId tx = transactionId;
    return new SessionContext() {
      @Override
      public String applicationName() {
        return app.name();
      }

      @Override
      public TransactionId transactionId() {
        return tx;
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

  private void closeOne(Open item) {
    try {
      item.session().close();
    } catch (RuntimeException e) {
      log.warn("closing the session to {} failed: {}", item.app().name(), e.toString());
    } finally {
      runtime.limiter.releaseSession(item.app());
    }
  }

  @Override
  public void close() {
    open.values().forEach(this::closeOne);
    open.clear();
  }
}
