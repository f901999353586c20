package dev.ferry.engine.testing;

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

/**
 * An {@link ActionContext} for testing actions without the engine. It records evidence in a list
 * that the test can inspect.
 */
public final class TestActionContext implements ActionContext, EvidenceSink {
  private final ConnectorSession session;
  private final SecretResolver secrets;
  private final Path workDirectory;
  private final Clock clock;
  private final Duration timeout;
  private final List<Evidence> evidence = new ArrayList<>();
  private volatile boolean cancelled;

  private TestActionContext(
      ConnectorSession session,
      SecretResolver secrets,
      Path workDirectory,
      Clock clock,
      Duration timeout) {
    this.session = session;
    this.secrets = secrets;
    this.workDirectory = workDirectory;
    this.clock = clock;
    this.timeout = timeout;
  }

  /** A context for an action that runs in {@code session}, with a 30-second deadline. */
  public static TestActionContext forSession(ConnectorSession session) {
    return new TestActionContext(
        session,
        TestSecrets.none(),
        Path.of(System.getProperty("java.io.tmpdir")),
        Clock.systemUTC(),
        Duration.ofSeconds(30));
  }

  public TestActionContext withSecrets(SecretResolver secrets) {
    return new TestActionContext(session, secrets, workDirectory, clock, timeout);
  }

  public TestActionContext withWorkDirectory(Path workDirectory) {
    return new TestActionContext(session, secrets, workDirectory, clock, timeout);
  }

  public TestActionContext withClock(Clock clock) {
    return new TestActionContext(session, secrets, workDirectory, clock, timeout);
  }

  public TestActionContext withTimeout(Duration timeout) {
    return new TestActionContext(session, secrets, workDirectory, clock, timeout);
  }

  /** Every piece of evidence recorded so far, in order. */
  public List<Evidence> recordedEvidence() {
    return List.copyOf(evidence);
  }

  public void cancel() {
    cancelled = true;
  }

  @Override
  public TransactionId transactionId() {
    return new TransactionId("tx-test");
  }

  @Override
  public String stepPath() {
    return "test-step";
  }

  @Override
  public String applicationName() {
    return "test-app";
  }

  @Override
  public Instant deadline() {
    return clock.instant().plus(timeout);
  }

  @Override
  public boolean isCancelled() {
    return cancelled;
  }

  @Override
  public <S extends ConnectorSession> S session(Class<S> type) {
    if (!type.isInstance(session)) {
      throw new IllegalStateException(
          "the test session is a "
              + (session == null ? "null" : session.getClass().getName())
              + ", not a "
              + type.getName());
    }
    return type.cast(session);
  }

  @Override
  public EvidenceSink evidence() {
    return this;
  }

  @Override
  public void record(Evidence item) {
    evidence.add(item);
  }

  @Override
  public SecretResolver secrets() {
    return secrets;
  }

  @Override
  public Clock clock() {
    return clock;
  }

  @Override
  public Path workDirectory() {
    return workDirectory;
  }
}
