package dev.ferry.engine;

import dev.ferry.engine.spi.TransactionId;

/**
 * Hears about progress, for progress bars and metrics. Called on the transaction's thread; keep it
 * quick and do not throw. Every method does nothing by default.
 */
public interface TransactionListener {
  TransactionListener NONE = new TransactionListener() {};

  default void stepStarted(TransactionId id, String stepPath, String action) {}

  default void stepFinished(TransactionId id, String stepPath, StepOutcome outcome) {}

  default void transactionFinished(TransactionResult result) {}
}
