package dev.ferry.engine.model;

import java.time.Duration;
import java.util.Objects;

/**
 * How a step is retried after a system failure: exponential backoff with jitter.
 *
 * @param attempts the total number of attempts, the first included; 1 means no retry
 * @param backoff the wait before the second attempt; each later wait doubles
 * @param maxBackoff the longest wait between two attempts
 */
public record RetryPolicy(int attempts, Duration backoff, Duration maxBackoff) {
  /** One attempt only: system failures fail the step at once. */
  public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO);

  public RetryPolicy {
    Objects.requireNonNull(backoff, "backoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1, was " + attempts);
    }
    if (backoff.isNegative() || maxBackoff.isNegative()) {
      throw new IllegalArgumentException("backoff cannot be negative");
    }
  }
}
