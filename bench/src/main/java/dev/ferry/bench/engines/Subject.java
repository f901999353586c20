package dev.ferry.bench.engines;

/**
 * One engine on one database, ready to run transactions of N sequential increments. {@link
 * #runOne()} must be safe to call from several threads at once.
 */
interface Subject extends AutoCloseable {

  /** Runs one transaction to its end, on the calling thread. */
  void runOne();

  /**
   * Checks that the last transaction counted to N, for engines whose {@link #runOne()} cannot
   * cheaply check it itself. Called outside the timed runs.
   */
  default void verify() {}

  @Override
  void close();
}
