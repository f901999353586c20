package dev.ferry.engine;

import java.util.Objects;

/**
 * How to run one transaction.
 *
 * @param dryRun replace every connector action that has side effects by a recording fake
 * @param listener hears about progress; {@link TransactionListener#NONE} for nobody
 */
public record RunOptions(boolean dryRun, TransactionListener listener) {
  public static final RunOptions DEFAULT = new RunOptions(false, TransactionListener.NONE);

  public RunOptions {
    Objects.requireNonNull(listener, "listener");
  }

  public RunOptions withListener(TransactionListener listener) {
    return new RunOptions(dryRun, listener);
  }

  public RunOptions asDryRun() {
    return new RunOptions(true, listener);
  }
}
