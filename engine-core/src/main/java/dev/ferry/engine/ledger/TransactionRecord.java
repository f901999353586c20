package dev.ferry.engine.ledger;

import dev.ferry.engine.spi.TransactionId;
import java.time.Instant;

/**
 * A transaction as the ledger holds it. Text fields hold redacted JSON.
 *
 * @param businessKey null when the work item has none
 * @param dueAt when it should have ended, from its definition's {@code deadline:}; null for none
 * @param startedAt null until it starts; {@code endedAt} null until it ends
 * @param errorKind null unless it failed: {@code business} or {@code system}
 * @param stopRequested who asked to stop it while it ran, and why ({@code "dave: wrong supplier"});
 *     null unless an operator did
 */
public record TransactionRecord(
    TransactionId id,
    String definitionName,
    int definitionVersion,
    String definitionSha256,
    String businessKey,
    TransactionStatus status,
    int priority,
    Instant dueAt,
    boolean dryRun,
    Instant createdAt,
    Instant startedAt,
    Instant endedAt,
    int lastStepSeq,
    String currentStep,
    String inputsJson,
    String variablesJson,
    String errorKind,
    String errorCode,
    String errorMessage,
    String stopRequested) {

  /** Whether it should have ended by {@code now} and has not. */
  public boolean overdue(Instant now) {
    return dueAt != null && endedAt == null && now.isAfter(dueAt);
  }
}
