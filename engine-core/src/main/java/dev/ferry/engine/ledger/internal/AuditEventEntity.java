package dev.ferry.engine.ledger.internal;

import dev.ferry.engine.audit.AuditEvent;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "ferry_audit_event")
class AuditEventEntity {
  @EmbeddedId StepKey key;
  String kind;
  String actor;
  Instant at;

  @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
  String payload;

  @Column(name = "previous_hash")
  String previousHash;

  String hash;

  AuditEvent toEvent() {
    return new AuditEvent(key.transactionId, key.seq, kind, actor, at, payload, previousHash, hash);
  }
}
