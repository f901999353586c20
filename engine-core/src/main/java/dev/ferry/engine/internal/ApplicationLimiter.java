package dev.ferry.engine.internal;

import dev.ferry.engine.Sleeper;
import dev.ferry.engine.model.ApplicationSpec;
import dev.ferry.engine.model.RateLimit;
import dev.ferry.engine.spi.SystemException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the node within each application's limits: at most {@code max-sessions} open sessions and
 * at most {@code rate-limit} actions per period. Limits are keyed by application name, so
 * definitions that share an application name share its limits. Work waits rather than overloading a
 * host. Thread-safe.
 */
final class ApplicationLimiter {
  private final Map<String, Semaphore> sessions = new ConcurrentHashMap<>();
  private final Map<String, RateWindow> rates = new ConcurrentHashMap<>();
  private final Clock clock;
  private final Sleeper sleeper;

  ApplicationLimiter(Clock clock, Sleeper sleeper) {
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /** Waits for a free session slot, at most {@code patience}. */
  void acquireSession(ApplicationSpec app, Duration patience) throws InterruptedException {
    Semaphore slots = sessions.computeIfAbsent(app.name(), n -> new Semaphore(app.maxSessions()));
    if (!slots.tryAcquire(patience.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new SystemException(
          "no free session for application '"
              + app.name()
              + "' within "
              + patience
              + ": all "
              + app.maxSessions()
              + " (max-sessions) are in use. Raise max-sessions if the application allows it.");
    }
  }

  void releaseSession(ApplicationSpec app) {
    Semaphore slots = sessions.get(app.name());
    if (slots != null) {
      slots.release();
    }
  }

  /** Waits until the application's rate limit allows one more action. */
  void awaitRate(ApplicationSpec app) throws InterruptedException {
    RateLimit limit = app.rateLimit();
    if (limit == null) {
      return;
    }
    RateWindow window = rates.computeIfAbsent(app.name(), n -> new RateWindow(limit));
    Duration wait;
    while (!(wait = window.tryTake(clock.millis())).isZero()) {
      sleeper.sleep(wait);
    }
  }

  /** A fixed window of {@code permits} per period. */
  private static final class RateWindow {
    private final RateLimit limit;
    private long windowStart = Long.MIN_VALUE;
    private int used;

    RateWindow(RateLimit limit) {
      this.limit = limit;
    }

    synchronized Duration tryTake(long now) {
      long period = limit.per().toMillis();
      if (windowStart == Long.MIN_VALUE || now - windowStart >= period) {
        windowStart = now;
        used = 0;
      }
      if (used < limit.permits()) {
        used++;
        return Duration.ZERO;
      }
      return Duration.ofMillis(Math.max(1, windowStart + period - now));
    }
  }
}
