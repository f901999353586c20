package dev.ferry.engine.ledger.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

@Embeddable
class EvidenceKey implements Serializable {
  private static final long serialVersionUID = 1L;

  @Column(name = "transaction_id")
  String transactionId;

  @Column(name = "step_seq")
  int stepSeq;

  int position;

  EvidenceKey() {}

  EvidenceKey(String transactionId, int stepSeq, int position) {
    this.transactionId = transactionId;
    this.stepSeq = stepSeq;
    this.position = position;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EvidenceKey key
        && stepSeq == key.stepSeq
        && position == key.position
        && Objects.equals(transactionId, key.transactionId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(transactionId, stepSeq, position);
  }
}
