package dev.ferry.engine.ledger.internal;

import dev.ferry.engine.ledger.StepRecord;
import dev.ferry.engine.spi.Evidence;
import dev.ferry.engine.spi.FerryException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Writes a step's start and its checkpoint with plain JDBC, each in one database transaction with
 * its audit event; or, for a step that is safe to run again, both in one. They are most of the
 * ledger's writes, a node's steps wait for them, and through Hibernate they took about half as much
 * CPU again.
 */
final class StepWriter {
  private final DataSource dataSource;
  private final AuditWriter audit;
  private final String actor;

  StepWriter(DataSource dataSource, AuditWriter audit, String actor) {
    this.dataSource = dataSource;
    this.audit = audit;
    this.actor = actor;
  }

  /** The step row, the transaction's current step and the STEP_STARTED event, in one commit. */
  void started(String transactionId, StepRecord step, Map<String, Object> payload) {
    inTransaction(
        transactionId,
        step,
        c -> {
          insertStep(c, transactionId, step);
          Sql.execute(
              c,
              "update ferry_transaction set current_step = ? where id = ?",
              step.stepPath(),
              transactionId);
          return audit.append(c, transactionId, "STEP_STARTED", actor, step.startedAt(), payload);
        });
  }

  /**
   * The step's end, its evidence, the transaction's progress and the STEP_FINISHED event, in one
   * commit: the checkpoint.
   */
  void finished(
      String transactionId, StepRecord step, List<Evidence> evidence, Map<String, Object> payload) {
    inTransaction(
        transactionId,
        step,
        c -> {
          int updated =
              Sql.execute(
                  c,
                  "update ferry_step set output = ?, variables_delta = ?, outcome = ?,"
                      + " error_code = ?, error_message = ?, ended_at = ?"
                      + " where transaction_id = ? and seq = ?",
                  step.outputJson(),
                  step.variablesDelta(),
                  step.outcome(),
                  step.errorCode(),
                  step.errorMessage(),
                  step.endedAt(),
                  transactionId,
                  step.seq());
          if (updated == 0) {
            throw new SQLException("the ledger holds no start of this step");
          }
          recordEnd(c, transactionId, step, evidence);
          return audit.append(c, transactionId, "STEP_FINISHED", actor, step.endedAt(), payload);
        });
  }

  /**
   * A whole step attempt in one commit: the step row as it ended, its evidence, the transaction's
   * progress, and the STEP_STARTED and STEP_FINISHED events.
   */
  void ran(
      String transactionId,
      StepRecord step,
      List<Evidence> evidence,
      Map<String, Object> startPayload,
      Map<String, Object> endPayload) {
    inTransaction(
        transactionId,
        step,
        c -> {
          insertStep(c, transactionId, step);
          recordEnd(c, transactionId, step, evidence);
          AuditWriter.Pending started =
              audit.append(c, transactionId, "STEP_STARTED", actor, step.startedAt(), startPayload);
          return audit.appendAfter(c, started, "STEP_FINISHED", actor, step.endedAt(), endPayload);
        });
  }

  /** The step's evidence, and the transaction's progress up to it. */
  private static void recordEnd(
      Connection c, String transactionId, StepRecord step, List<Evidence> evidence)
      throws SQLException {
    for (int i = 0; i < evidence.size(); i++) {
      Evidence e = evidence.get(i);
      Sql.execute(
          c,
          "insert into ferry_evidence (transaction_id, step_seq, position, kind, label,"
              + " media_type, content) values (?, ?, ?, ?, ?, ?, ?)",
          transactionId,
          step.seq(),
          i,
          e.kind().name(),
          e.label(),
          e.mediaType(),
          e.content());
    }
    Sql.execute(
        c,
        "update ferry_transaction set current_step = ?, last_step_seq = ? where id = ?",
        step.stepPath(),
        step.seq(),
        transactionId);
  }

  private static void insertStep(Connection c, String transactionId, StepRecord step)
      throws SQLException {
    Sql.execute(
        c,
        "insert into ferry_step (transaction_id, seq, step_path, step_id, action, application,"
            + " input, output, variables_delta, outcome, error_code, error_message, attempt,"
            + " started_at, ended_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        transactionId,
        step.seq(),
        step.stepPath(),
        step.stepId(),
        step.action(),
        step.application(),
        step.inputJson(),
        step.outputJson(),
        step.variablesDelta(),
        step.outcome(),
        step.errorCode(),
        step.errorMessage(),
        step.attempt(),
        step.startedAt(),
        step.endedAt());
  }

  /** Work on one connection that appends one audit event; see {@link #inTransaction}. */
  @FunctionalInterface
  private interface AuditedWork {
    AuditWriter.Pending run(Connection connection) throws SQLException;
  }

  /**
   * Runs the work in one database transaction and moves the audit chain's head once it has
   * committed; on any failure it rolls back and forgets the head, which is read again next time.
   */
  private void inTransaction(String transactionId, StepRecord step, AuditedWork work) {
    try (Connection c = dataSource.getConnection()) {
      try {
        AuditWriter.Pending pending = work.run(c);
        c.commit();
        audit.committed(pending);
      } catch (SQLException | RuntimeException e) {
        audit.forget(transactionId);
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      audit.forget(transactionId);
      throw new FerryException(
          "cannot record step "
              + step.stepPath()
              + " (seq "
              + step.seq()
              + ") of transaction "
              + transactionId
              + " in the ledger: "
              + e.getMessage(),
          e);
    }
  }
}
