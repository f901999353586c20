package dev.ferry.engine.ledger;

/** Where a transaction stands. */
public enum TransactionStatus {
  QUEUED,
  RUNNING,
  SUCCEEDED,
  /** Ended by an expected rule violation; its business handler ran. */
  BUSINESS_FAILED,
  /** Ended by a system failure that exhausted its retries. */
  FAILED,
  /** A step may or may not have taken effect; an operator must decide. */
  IN_DOUBT,
  CANCELLED;

  public boolean isFinal() {
    return this == SUCCEEDED || this == BUSINESS_FAILED || this == FAILED || this == CANCELLED;
  }
}
