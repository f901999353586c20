package dev.ferry.connector.web.internal;

import com.microsoft.playwright.PlaywrightException;
import java.util.function.BooleanSupplier;

/**
 * Waits for a condition that no single Playwright wait expresses, such as "signed on or refused".
 * Each check talks to the browser, which also lets Playwright deliver its events.
 */
public final class Polling {
  private static final long INTERVAL_MILLIS = 50;

  private Polling() {}

  /**
   * Checks {@code condition} until it holds or {@code timeoutMillis} pass. A check that throws a
   * Playwright error counts as not yet, because pages are replaced while they navigate.
   *
   * @return whether the condition held in time
   */
  public static boolean until(BooleanSupplier condition, long timeoutMillis) {
    long end = System.nanoTime() + timeoutMillis * 1_000_000;
    while (true) {
      try {
        if (condition.getAsBoolean()) {
          return true;
        }
      } catch (PlaywrightException e) {
        // the page is between two documents; check again
      }
      if (System.nanoTime() >= end) {
        return false;
      }
      try {
        Thread.sleep(INTERVAL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }
}
