package dev.ferry.engine;

/** What an operator decides about a transaction that is {@code IN_DOUBT}. */
public enum Resolution {
  /** The step did not take effect: run it again, then carry on. */
  RETRY_STEP,
  /** The step did take effect: treat it as done and carry on with the next. */
  SKIP_STEP,
  /** Give up: the transaction fails. */
  FAIL
}
