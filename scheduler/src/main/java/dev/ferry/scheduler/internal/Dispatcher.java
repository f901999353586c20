package dev.ferry.scheduler.internal;

import dev.ferry.engine.TransactionResult;
import dev.ferry.engine.WorkItem;
import dev.ferry.engine.model.ProcessDefinition;
import java.util.function.BiConsumer;

/**
 * Where triggers hand their work items: the local {@link WorkerPool}, or {@link ClusterDispatch}
 * when nodes share a PostgreSQL ledger.
 */
public interface Dispatcher extends AutoCloseable {
  /**
   * Accepts a work item to run as a transaction. {@code whenDone} hears the result, or null and the
   * failure when the engine threw; it runs on the thread that ran the transaction, and only on this
   * node (a transaction recovered by another node after this one died is not reported here).
   *
   * @throws InterruptedException when the caller is interrupted while waiting for room
   */
  void submit(
      ProcessDefinition definition,
      WorkItem item,
      BiConsumer<TransactionResult, RuntimeException> whenDone)
      throws InterruptedException;

  /**
   * Makes a new version of a definition known, for dispatchers that look definitions up by name
   * when they run work; the default does nothing.
   */
  default void use(ProcessDefinition definition) {}

  /** Takes no more work and lets running transactions finish within the node's grace period. */
  @Override
  void close();
}
