package dev.ferry.connector.web.internal;

import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.TimeoutError;
import dev.ferry.connector.web.WebException;
import dev.ferry.engine.spi.Evidence;
import java.util.List;

/** Turns Playwright's errors into messages that say what failed, where, and what to do. */
final class Failures {
  private Failures() {}

  static WebException translate(
      String action,
      String target,
      String url,
      long timeoutMillis,
      PlaywrightException e,
      boolean gone,
      List<Evidence> evidence) {
    String where = " on " + (url == null ? "an unknown page" : url);
    String what = target == null ? "" : " for '" + target + "'";
    String detail = firstLine(e).replaceAll("\\.+$", "");
    gone = gone || isGone(e);
    String message;
    if (e instanceof TimeoutError && !gone) {
      message =
          action
              + what
              + " timed out after "
              + timeoutMillis
              + " ms"
              + where
              + ": "
              + detail
              + ". Check that the selector matches an element on this page, or wait for the page"
              + " first with web.wait-for.";
    } else if (gone) {
      message =
          action
              + what
              + " failed because the page or the browser was lost"
              + where
              + ": "
              + detail
              + ". The engine retries the step in a fresh page.";
    } else {
      message = action + what + " failed" + where + ": " + detail + ". Check the step's input.";
    }
    return new WebException(message, target, url, e, evidence);
  }

  /** Whether the page, its context or the whole browser is gone. */
  static boolean isGone(PlaywrightException e) {
    String text = String.valueOf(e.getMessage());
    return text.contains("Target page, context or browser has been closed")
        || text.contains("Target crashed")
        || text.contains("crashed")
        || text.contains("Browser has been closed")
        || text.contains("has been closed");
  }

  /** Playwright's message without its call log and stack. */
  static String firstLine(Throwable e) {
    String text = String.valueOf(e.getMessage()).strip();
    int at = text.indexOf("message='");
    if (at >= 0) {
      text = text.substring(at + "message='".length());
    }
    int newline = text.indexOf('\n');
    if (newline >= 0) {
      text = text.substring(0, newline);
    }
    return text.strip();
  }
}
