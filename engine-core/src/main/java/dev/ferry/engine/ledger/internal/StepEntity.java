package dev.ferry.engine.ledger.internal;

import dev.ferry.engine.ledger.StepRecord;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "ferry_step")
class StepEntity {
  @EmbeddedId StepKey key;

  @Column(name = "step_path")
  String stepPath;

  @Column(name = "step_id")
  String stepId;

  String action;
  String application;

  @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
  String input;

  @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
  String output;

  @Column(name = "variables_delta")
  @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
  String variablesDelta;

  String outcome;

  @Column(name = "error_code")
  String errorCode;

  @Column(name = "error_message")
  @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
  String errorMessage;

  int attempt;

  @Column(name = "started_at")
  Instant startedAt;

  @Column(name = "ended_at")
  Instant endedAt;

  StepRecord toRecord() {
    return new StepRecord(
        key.seq,
        stepPath,
        stepId,
        action,
        application,
        input,
        output,
        variablesDelta,
        outcome,
        errorCode,
        errorMessage,
        attempt,
        startedAt,
        endedAt);
  }
}
