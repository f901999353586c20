package dev.ferry.engine.ledger.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

@Embeddable
class StepKey implements Serializable {
  private static final long serialVersionUID = 1L;

  @Column(name = "transaction_id")
  String transactionId;

  int seq;

  StepKey() {}

  StepKey(String transactionId, int seq) {
    this.transactionId = transactionId;
    this.seq = seq;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StepKey key
        && seq == key.seq
        && Objects.equals(transactionId, key.transactionId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(transactionId, seq);
  }
}
