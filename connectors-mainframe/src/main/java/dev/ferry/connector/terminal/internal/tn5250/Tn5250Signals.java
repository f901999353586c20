package dev.ferry.connector.terminal.internal.tn5250;

import org.tn5250j.Session5250;
import org.tn5250j.TN5250jConstants;

/**
 * What tn5250j's threads tell the session: connected (first screen), disconnected, and any change
 * of the keyboard or status line, which wakes a waiting action at once instead of at its next poll.
 */
final class Tn5250Signals {
  private static final long MAX_PAUSE_NANOS = 20_000_000L;
  private final Object signal = new Object();
  private long received; // guarded by signal
  private volatile boolean connected;
  private volatile boolean disconnected;

  void listenTo(Session5250 session) {
    session.addSessionListener(
        e -> {
          if (e.getState() == TN5250jConstants.STATE_CONNECTED) {
            connected = true;
          } else if (e.getState() == TN5250jConstants.STATE_DISCONNECTED) {
            disconnected = true;
          }
          wake();
        });
    session.getScreen().getOIA().addOIAListener((oia, change) -> wake());
  }

  boolean connected() {
    return connected;
  }

  boolean disconnected() {
    return disconnected;
  }

  private void wake() {
    synchronized (signal) {
      received++;
      signal.notifyAll();
    }
  }

  /** How many signals have come so far: read it before checking the session's state. */
  long received() {
    synchronized (signal) {
      return received;
    }
  }

  /**
   * Waits for a signal after the {@code seen}th, at most until {@code deadline} ({@link
   * System#nanoTime}) and never more than 20 ms, so callers re-check their condition often. A
   * signal that came between the caller's check and this call ends the wait at once, instead of
   * being lost.
   *
   * @return false when the thread was interrupted
   */
  boolean pause(long deadline, long seen) {
    long left = Math.min(deadline - System.nanoTime(), MAX_PAUSE_NANOS);
    if (left <= 0) {
      return true;
    }
    synchronized (signal) {
      if (received != seen) {
        return true;
      }
      try {
        signal.wait(Math.max(1, left / 1_000_000L));
        return true;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }
}
