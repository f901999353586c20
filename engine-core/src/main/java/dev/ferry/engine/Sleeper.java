package dev.ferry.engine;

import java.time.Duration;

/** Waits between retries. Tests replace it with one that advances a fake clock instead. */
@FunctionalInterface
public interface Sleeper {
  Sleeper REAL =
      duration -> {
        if (!duration.isNegative() && !duration.isZero()) {
          Thread.sleep(duration.toMillis());
        }
      };

  void sleep(Duration duration) throws InterruptedException;
}
