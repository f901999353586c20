package dev.ferry.connector.web.internal;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.ferry.connector.web.WebConfig;
import dev.ferry.connector.web.WebException;
import dev.ferry.engine.spi.ActionContext;
import java.net.URI;

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

  /** A Playwright locator for a CSS, text or role selector. */
  public Locator locate(String selector) {
    return page.locator(selector);
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
