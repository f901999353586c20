package dev.ferry.engine.ledger.internal;

import dev.ferry.engine.ledger.TransactionRecord;
import dev.ferry.engine.ledger.TransactionStatus;
import dev.ferry.engine.spi.TransactionId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "ferry_transaction")
class TransactionEntity {
  @Id String id;

  @Column(name = "definition_name")
  String definitionName;

  @Column(name = "definition_version")
  int definitionVersion;

  @Column(name = "definition_sha256")
  String definitionSha256;

  @Column(name = "business_key")
  String businessKey;

  @Enumerated(EnumType.STRING)
  TransactionStatus status;

  int priority;

  @Column(name = "due_at")
  Instant dueAt;

  @Column(name = "dry_run")
  boolean dryRun;

  @Column(name = "created_at")
  Instant createdAt;

  @Column(name = "started_at")
  Instant startedAt;

  @Column(name = "ended_at")
  Instant endedAt;

  @Column(name = "last_step_seq")
  int lastStepSeq;

  @Column(name = "current_step")
  String currentStep;

  @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
  String inputs;

  @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
  String variables;

  @Column(name = "resume_state")
  @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
  String resumeState;

  @Column(name = "error_kind")
  String errorKind;

  @Column(name = "error_code")
  String errorCode;

  @Column(name = "stop_requested")
  String stopRequested;

  @Column(name = "error_message")
  @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
  String errorMessage;

  TransactionRecord toRecord() {
    return new TransactionRecord(
        new TransactionId(id),
        definitionName,
        definitionVersion,
        definitionSha256,
        businessKey,
        status,
        priority,
        dueAt,
        dryRun,
        createdAt,
        startedAt,
        endedAt,
        lastStepSeq,
        currentStep,
        inputs,
        variables,
        errorKind,
        errorCode,
        errorMessage,
        stopRequested);
  }
}
