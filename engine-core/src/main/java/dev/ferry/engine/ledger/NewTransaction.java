package dev.ferry.engine.ledger;

import dev.ferry.engine.spi.TransactionId;
import java.time.Instant;
import java.util.Objects;

/**
 * A transaction about to be created.
 *
 * @param businessKey the work item's identity, used to drop duplicates; null for none
 * @param dueAt when it should have ended; null for no deadline
 * @param inputsJson the redacted inputs, for display
 * @param resumeStateJson what the transaction starts with, losslessly encoded and without its
 *     sensitive inputs, for resuming it; null for nothing
 */
public record NewTransaction(
    TransactionId id,
    String definitionSha256,
    String definitionName,
    int definitionVersion,
    String businessKey,
    int priority,
    Instant dueAt,
    boolean dryRun,
    String inputsJson,
    Instant createdAt,
    String resumeStateJson) {
  public NewTransaction {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(definitionSha256, "definitionSha256");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
