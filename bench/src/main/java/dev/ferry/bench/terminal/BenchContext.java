package dev.ferry.bench.terminal;

import dev.ferry.engine.spi.ActionContext;
import dev.ferry.engine.spi.ConnectorSession;
import dev.ferry.engine.spi.Evidence;
import dev.ferry.engine.spi.EvidenceSink;
import dev.ferry.engine.spi.SecretRef;
import dev.ferry.engine.spi.SecretResolver;
import dev.ferry.engine.spi.SessionContext;
import dev.ferry.engine.spi.TransactionId;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

/**
 * What the engine gives a terminal action, reduced to what the bench needs: one session, an
 * evidence sink that keeps only a byte count (the engine would write the text to the ledger), no
 * secrets.
 */
final class BenchContext implements ActionContext {
  private static final TransactionId TRANSACTION = new TransactionId("tx-bench");
  private static final SecretResolver NO_SECRETS =
      ref -> {
        throw new IllegalStateException("the bench uses no secrets, but was asked for " + ref);
      };

  private final ConnectorSession session;
  private long evidenceBytes;
  private final EvidenceSink sink =
      new EvidenceSink() {
        @Override
        public void record(Evidence evidence) {
          evidenceBytes += evidence.content().length;
        }

        @Override
        public boolean screenshotsOnSuccess() {
          return false;
        }
      };

  BenchContext(ConnectorSession session) {
    this.session = session;
  }

  long evidenceBytes() {
    return evidenceBytes;
  }

  @Override
  public TransactionId transactionId() {
    return TRANSACTION;
  }

  @Override
  public String stepPath() {
    return "press";
  }

  @Override
  public String applicationName() {
    return "ledger";
  }

  @Override
  public Instant deadline() {
    return Instant.now().plusSeconds(60);
  }

  @Override
  public boolean isCancelled() {
    return false;
  }

  @Override
  public <S extends ConnectorSession> S session(Class<S> type) {
    return type.cast(session);
  }

  @Override
  public EvidenceSink evidence() {
    return sink;
  }

  @Override
  public SecretResolver secrets() {
    return NO_SECRETS;
  }

  @Override
  public Clock clock() {
    return Clock.systemUTC();
  }

  @Override
  public Path workDirectory() {
    return Path.of(System.getProperty("java.io.tmpdir"));
  }

  /** The session-opening side: an application name, a data directory, no credentials. */
  record Session(String applicationName, Path dataDirectory) implements SessionContext {
    @Override
    public TransactionId transactionId() {
      return TRANSACTION;
    }

    @Override
    public SecretRef credentials() {
      return null;
    }

    @Override
    public SecretResolver secrets() {
      return NO_SECRETS;
    }
  }
}
