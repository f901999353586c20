package dev.ferry.engine.spi;

/**
 * An open connection to one application for one transaction: a browser context, a terminal session,
 * a COM object.
 *
 * <p>Threading: the engine uses a session from one thread at a time, but not always the same
 * thread. A session that needs thread affinity (COM's STA) keeps its own thread.
 *
 * <p>Lifecycle: opened lazily by {@link Connector#open}; closed when the transaction ends, or when
 * it turned unhealthy before a retry. {@link #close()} must not throw.
 */
public interface ConnectorSession extends AutoCloseable {

  /** A session for connectors that keep no state between actions. */
  ConnectorSession NONE = () -> {};

  /**
   * Whether the session can still be used. The engine closes and reopens an unhealthy session
   * before it retries a step.
   */
  default boolean isHealthy() {
    return true;
  }

  @Override
  void close();
}
