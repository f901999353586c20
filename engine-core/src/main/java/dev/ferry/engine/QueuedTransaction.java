package dev.ferry.engine;

import dev.ferry.engine.model.ProcessDefinition;
import dev.ferry.engine.spi.TransactionId;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * A transaction the ledger holds as QUEUED until {@link FerryEngine#start} runs it; or, when its
 * work item was a duplicate, the earlier transaction, which {@code start} reports without running
 * anything. Holds the start variables in memory, sensitive inputs included.
 */
public final class QueuedTransaction {
  final ProcessDefinition definition;
  final TransactionId id;
  final int priority;
  final Instant createdAt;
  final Instant dueAt;
  final Map<String, Object> variables;
  final Set<String> sensitive;
  final RunOptions options;
  final TransactionResult duplicateOf;

  QueuedTransaction(
      ProcessDefinition definition,
      TransactionId id,
      int priority,
      Instant createdAt,
      Instant dueAt,
      Map<String, Object> variables,
      Set<String> sensitive,
      RunOptions options,
      TransactionResult duplicateOf) {
    this.definition = definition;
    this.id = id;
    this.priority = priority;
    this.createdAt = createdAt;
    this.dueAt = dueAt;
    this.variables = variables;
    this.sensitive = sensitive;
    this.options = options;
    this.duplicateOf = duplicateOf;
  }

  public TransactionId id() {
    return id;
  }

  /** Higher runs first. */
  public int priority() {
    return priority;
  }

  /** When it should have ended; null when its definition has no deadline. */
  public Instant dueAt() {
    return dueAt;
  }

  /** Whether it should have ended by {@code now}, so that it starts late. */
  public boolean overdue(Instant now) {
    return dueAt != null && now.isAfter(dueAt);
  }

  /** Whether the work item was a duplicate, so that there is nothing to run. */
  public boolean duplicate() {
    return duplicateOf != null;
  }
}
