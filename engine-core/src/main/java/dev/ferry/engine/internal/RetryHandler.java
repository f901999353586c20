package dev.ferry.engine.internal;

import dev.ferry.engine.model.RetryPolicy;
import java.time.Duration;
import java.util.Random;

/**
 * Computes the wait before each retry: exponential backoff, capped, with up to 20% jitter either
 * way so that many transactions failing together do not retry together.
 */
final class RetryHandler {
  private static final double JITTER = 0.2;
  private final Random random;

  RetryHandler(long seed) {
    this.random = new Random(seed);
  }

  /**
   * @param failedAttempt the attempt that just failed, from 1
   */
  synchronized Duration delayAfter(int failedAttempt, RetryPolicy policy) {
    long base = policy.backoff().toMillis();
    long max = policy.maxBackoff().isZero() ? Long.MAX_VALUE : policy.maxBackoff().toMillis();
    long exponential = base;
    for (int i = 1; i < failedAttempt && exponential < max; i++) {
      exponential = Math.multiplyExact(exponential, 2);
    }
    long capped = Math.min(exponential, max);
    double factor = 1 + JITTER * (2 * random.nextDouble() - 1);
    return Duration.ofMillis(Math.min(max, Math.round(capped * factor)));
  }
}
