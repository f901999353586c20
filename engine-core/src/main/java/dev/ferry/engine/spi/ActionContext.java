package dev.ferry.engine.spi;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

/**
 * Everything an action may use besides its input: who it runs for, how long it may take, its
 * session, and where its evidence goes. One context serves one attempt of one step; do not keep it.
 */
public interface ActionContext {

  TransactionId transactionId();

  /** The step's path in the definition, such as {@code enter-lines[2]/fill-item}. */
  String stepPath();

  /** The application this step runs in, or null for actions that need none. */
  String applicationName();

  /** When the step's timeout runs out. Long waits should stop here and throw a SystemException. */
  Instant deadline();

  /** Whether an operator or a shutdown asked the transaction to stop. Check it in long loops. */
  boolean isCancelled();

  /**
   * The open session of this step's application.
   *
   * @throws IllegalStateException when the session is not of that type
   */
  <S extends ConnectorSession> S session(Class<S> type);

  EvidenceSink evidence();

  SecretResolver secrets();

  /**
   * The engine's clock; tests replace it, so use it instead of {@code System.currentTimeMillis}.
   */
  Clock clock();

  /**
   * The directory that file actions may read and write. Actions must refuse paths that resolve
   * outside it.
   */
  Path workDirectory();
}
