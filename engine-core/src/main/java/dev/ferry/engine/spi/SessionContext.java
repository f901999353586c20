package dev.ferry.engine.spi;

import java.nio.file.Path;

/** What a connector is given to open a session. */
public interface SessionContext {

  /** The application's name in the definition, such as {@code ledger}. */
  String applicationName();

  TransactionId transactionId();

  /**
   * The application's {@code credentials:} reference, or null when it has none. Resolve it through
   * {@link #secrets()}.
   */
  SecretRef credentials();

  SecretResolver secrets();

  /** Ferry's data directory; connectors keep their own files below it, never in the home folder. */
  Path dataDirectory();
}
