package dev.ferry.connector.web.internal;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import dev.ferry.connector.web.WebConfig;
import dev.ferry.connector.web.WebException;
import dev.ferry.engine.spi.ActionContext;
import dev.ferry.engine.spi.CancelledException;
import java.net.URI;
import java.util.function.BooleanSupplier;

/**
 * What one action attempt works with: the live page, the step's context and its timeout. Valid only
 * while the action runs.
 */
public final class WebStep {
  private final WebSession session;
  private final Page page;
  private final ActionContext context;
  private final long timeoutMillis;
  private boolean screenshotWithheld;

  WebStep(WebSession session, Page page, ActionContext context, long timeoutMillis) {
    this.session = session;
    this.page = page;
    this.context = context;
    this.timeoutMillis = timeoutMillis;
  }

  public Page page() {
    return page;
  }

  public ActionContext context() {
    return context;
  }

  public WebConfig config() {
    return session.config();
  }

  /** How long this attempt may wait, in milliseconds: the step's timeout within its deadline. */
  public long timeoutMillis() {
    return timeoutMillis;
  }

  /** A Playwright locator for a CSS, text or role selector, without waiting. */
  public Locator locate(String selector) {
    return page.locator(selector);
  }

  /** The element once it is visible, waiting while other sessions may use the browser. */
  public Locator locateVisible(String selector) {
    Locator locator = page.locator(selector);
    awaitSharingBrowser(
        () -> locator.first().isVisible(), "element '" + selector + "' to be visible");
    return locator;
  }

  /** The element once it is in the page, visible or not, waiting as {@link #locateVisible} does. */
  public Locator locateAttached(String selector) {
    Locator locator = page.locator(selector);
    awaitSharingBrowser(() -> locator.count() > 0, "element '" + selector + "' to appear");
    return locator;
  }

  /** An absolute URL; a relative one resolves against the application's url. */
  public String resolve(String url) {
    URI uri = URI.create(url);
    if (uri.isAbsolute()) {
      return url;
    }
    String base = session.config().url();
    if (base == null) {
      throw new IllegalArgumentException(
          "'" + url + "' is relative but the application has no url to resolve it against");
    }
    return URI.create(base).resolve(uri).toString();
  }

  /**
   * Keeps this step's after-screenshot out of the evidence, for steps that typed a secret into a
   * field that may show it.
   */
  public void withholdScreenshot() {
    screenshotWithheld = true;
  }

  boolean screenshotWithheld() {
    return screenshotWithheld;
  }

  /**
   * Waits until {@code condition} holds, letting other sessions use the browser between checks, so
   * that a long wait in one transaction does not hold up the others. Each check must be a quick,
   * non-waiting call such as {@code isVisible()}.
   *
   * @param what what is awaited, for the timeout message
   * @throws TimeoutError when the condition does not hold within the step's timeout
   * @throws CancelledException when the transaction is cancelled while waiting
   */
  public void awaitSharingBrowser(BooleanSupplier condition, String what) {
    boolean held =
        Polling.until(condition, timeoutMillis, session.browserLock(), context::isCancelled);
    if (context.isCancelled()) {
      throw new CancelledException("the transaction was cancelled while waiting for " + what);
    }
    if (!held) {
      throw new TimeoutError("Timeout " + timeoutMillis + "ms exceeded waiting for " + what);
    }
  }

  /** A compressed JPEG of the visible part of the page, or of the whole page. */
  public byte[] screenshot(boolean fullPage) {
    return PageEvidence.screenshot(page, config(), fullPage);
  }

  /** A failure of this step, with a screenshot, the HTML and the URL as evidence. */
  public WebException fail(String message, String target) {
    return new WebException(
        message, target, page.url(), null, PageEvidence.atFailure(page, config(), page.url()));
  }
}
