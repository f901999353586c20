package dev.ferry.engine.model;

import java.time.Duration;

/** At most {@code permits} actions per {@code per} against one application, across the node. */
public record RateLimit(int permits, Duration per) {
  public RateLimit {
    if (permits < 1) {
      throw new IllegalArgumentException("a rate limit needs at least 1 permit, was " + permits);
    }
    if (per == null || per.isZero() || per.isNegative()) {
      throw new IllegalArgumentException("a rate limit needs a positive period");
    }
  }
}
