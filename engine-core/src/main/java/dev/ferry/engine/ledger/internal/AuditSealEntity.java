package dev.ferry.engine.ledger.internal;

import dev.ferry.engine.audit.AuditSeal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "ferry_audit_seal")
class AuditSealEntity {
  @Id long seq;

  @Column(name = "transaction_id")
  String transactionId;

  @Column(name = "transaction_head")
  String transactionHead;

  int events;
  Instant at;

  @Column(name = "previous_hash")
  String previousHash;

  String hash;

  AuditSeal toSeal() {
    return new AuditSeal(seq, transactionId, transactionHead, events, at, previousHash, hash);
  }
}
