package dev.ferry.engine.internal;

import dev.ferry.engine.spi.ActionContext;
import dev.ferry.engine.spi.ConnectorSession;
import dev.ferry.engine.spi.EvidenceSink;
import dev.ferry.engine.spi.SecretResolver;
import dev.ferry.engine.spi.TransactionId;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** The {@link ActionContext} of one attempt of one step. */
record StepContext(
    TransactionId transactionId,
    String stepPath,
    String applicationName,
    Instant deadline,
    BooleanSupplier cancelled,
    ConnectorSession session,
    EvidenceSink evidence,
    SecretResolver secrets,
    Clock clock,
    Path workDirectory)
    implements ActionContext {

  @Override
  public boolean isCancelled() {
    return cancelled.getAsBoolean();
  }

  @Override
  public <S extends ConnectorSession> S session(Class<S> type) {
    if (!type.isInstance(session)) {
      throw new IllegalStateException(
          "step "
              + stepPath
              + " expected a "
              + type.getSimpleName()
              + " session but application '"
              + applicationName
              + "' has a "
              + session.getClass().getSimpleName());
    }
    return type.cast(session);
  }
}
