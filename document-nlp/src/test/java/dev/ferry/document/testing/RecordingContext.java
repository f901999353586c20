package dev.ferry.document.testing;

import dev.ferry.engine.spi.ActionContext;
import dev.ferry.engine.spi.ConnectorSession;
import dev.ferry.engine.spi.Evidence;
import dev.ferry.engine.spi.EvidenceSink;
import dev.ferry.engine.spi.SecretResolver;
import dev.ferry.engine.spi.TransactionId;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An action context for tests that holds one session and keeps the evidence recorded. */
public final class RecordingContext implements ActionContext {
  private final ConnectorSession session;
  private final Path workDirectory;
  private final List<Evidence> evidence = new ArrayList<>();

  public RecordingContext(ConnectorSession session, Path workDirectory) {
    this.session = session;
    this.workDirectory = workDirectory;
  }

  public List<Evidence> recorded() {
    return evidence;
  }

  @Override
  public TransactionId transactionId() {
    return new TransactionId("tx-test");
  }

  @Override
  public String stepPath() {
    return "read-invoice";
  }

  @Override
  public String applicationName() {
    return "documents";
  }

  @Override
  public Instant deadline() {
    return Instant.now().plus(Duration.ofMinutes(1));
  }

  @Override
  public boolean isCancelled() {
    return false;
  }

  @Override
  public <S extends ConnectorSession> S session(Class<S> type) {
    if (!type.isInstance(session)) {
      throw new IllegalStateException("the session is a " + session.getClass().getName());
    }
    return type.cast(session);
  }

  @Override
  public EvidenceSink evidence() {
    return evidence::add;
  }

  @Override
  public SecretResolver secrets() {
    return ref -> {
      throw new IllegalStateException("documents need no secrets");
    };
  }

  @Override
  public Clock clock() {
    return Clock.systemUTC();
  }

  @Override
  public Path workDirectory() {
    return workDirectory;
  }
}
