package dev.ferry.engine.ledger;

import dev.ferry.engine.audit.AuditEvent;
import dev.ferry.engine.audit.AuditHead;
import dev.ferry.engine.audit.AuditSeal;
import dev.ferry.engine.model.ProcessDefinition;
import dev.ferry.engine.spi.Evidence;
import dev.ferry.engine.spi.TransactionId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The durable store of definitions, transactions, step checkpoints and evidence. Every method
 * commits before it returns. Implementations are thread-safe.
 */
public interface Ledger extends AutoCloseable {

  /** Stores a definition's source under its SHA-256, so that transactions can be pinned to it. */
  void saveDefinition(ProcessDefinition definition);

  /** The YAML source of a stored definition. */
  Optional<String> definitionSource(String sha256);

  /**
   * Creates a transaction, unless one of the same definition name with the same business key
   * exists; then returns that one and creates nothing.
   */
  Created createTransaction(NewTransaction transaction);

  /** The result of {@link #createTransaction}: the record, and whether it is new. */
  record Created(TransactionRecord transaction, boolean isNew) {}

  /**
   * Marks a QUEUED or RUNNING transaction as RUNNING and audits its start or resumption.
   *
   * @return false, recording nothing, when it is neither: an operator cancelled it while it waited
   */
  boolean markStarted(TransactionId id, Instant at);

  /** What the transaction started with, as {@link NewTransaction#resumeStateJson} gave it. */
  Optional<String> resumeState(TransactionId id);

  /** Records that a step attempt is about to run; committed before the action starts. */
  void stepStarted(TransactionId id, StepRecord step);

  /**
   * Records a step attempt's end, its evidence and the transaction's progress, in one database
   * transaction: the checkpoint.
   */
  void stepFinished(TransactionId id, StepRecord step, List<Evidence> evidence);

  /**
   * Records a whole step attempt, its start and its end, in one database transaction. For steps
   * that are safe to run again (idempotent ones, and steps that ran no action): their start need
   * not be committed before they run, because after a crash they simply run again.
   */
  void stepRan(TransactionId id, StepRecord step, List<Evidence> evidence);

  void transactionFinished(
      TransactionId id,
      TransactionStatus status,
      Instant at,
      String variablesJson,
      String errorKind,
      String errorCode,
      String errorMessage);

  /**
   * Records what an operator did to a transaction (resolve, retry, cancel), with who, in its audit
   * chain.
   */
  void recordOperatorAction(TransactionId id, String operator, String action, String detail);

  /**
   * Records an operator's request to stop a RUNNING transaction ({@code OPERATOR_STOP} in its audit
   * chain); the node running it cancels it before its next step.
   *
   * @return false, recording nothing, when it is not RUNNING
   */
  boolean requestStop(TransactionId id, String operator, String reason);

  /** The RUNNING transactions an operator asked to stop, with who asked and why. */
  Map<TransactionId, String> stopRequests();

  /** Sets a transaction's status, such as back to QUEUED for a retry, and audits the change. */
  void changeStatus(TransactionId id, TransactionStatus status, String actor, String reason);

  /** A transaction's audit chain, in order. */
  List<AuditEvent> auditEvents(TransactionId id);

  /** The global chain of seals, in order. */
  List<AuditSeal> auditSeals();

  /** The newest seal: what an export made now covers. */
  AuditHead auditHead();

  Optional<TransactionRecord> transaction(TransactionId id);

  /** Transactions, newest first, optionally only those of one status. */
  List<TransactionRecord> transactions(TransactionStatus status, int limit);

  /** Transactions created at or after {@code since}, oldest first. */
  List<TransactionRecord> transactionsSince(Instant since);

  List<StepRecord> steps(TransactionId id);

  List<Evidence> evidence(TransactionId id, int stepSeq);

  @Override
  void close();
}
