package dev.ferry.connector.web.internal;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.WaitForSelectorState;
import dev.ferry.connector.web.WebConfig;
import dev.ferry.connector.web.WebException;
import dev.ferry.engine.spi.ActionContext;
import dev.ferry.engine.spi.CancelledException;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;
import java.util.function.DoubleFunction;

/**
 * What one action attempt works with: the live page, the step's context and its timeout. Valid only
 * while the action runs.
 */
public final class WebStep {
  /** How long one native wait may keep the browser from other sessions, in milliseconds. */
  static final long SLICE_MILLIS = 100;

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

  /**
   * Runs {@code call} on the element of {@code selector}, passing it the timeout in milliseconds
   * that the call must give Playwright. The call's own auto-waiting (attached, visible, enabled,
   * editable) does the waiting, as {@link #awaitSharingBrowser} describes, so an element that is
   * ready costs one round trip to the browser. The call must have no effect when it times out,
   * which holds for {@code fill}, {@code selectOption}, {@code setChecked}, {@code evaluate} and
   * {@code waitFor}, but not for {@code click}: use {@link #click}.
   */
  public <T> T whenReady(String selector, BiFunction<Locator, Double, T> call) {
    Locator locator = page.locator(selector);
    return awaitSharingBrowser(
        timeout -> call.apply(locator, timeout), "element '" + selector + "' to be ready");
  }

  /** The element once it is visible, waiting while other sessions may use the browser. */
  public Locator locateVisible(String selector) {
    return waitFor(selector, WaitForSelectorState.VISIBLE);
  }

  /** The element once it is in the page, visible or not, waiting as {@link #locateVisible} does. */
  public Locator locateAttached(String selector) {
    return waitFor(selector, WaitForSelectorState.ATTACHED);
  }

  private Locator waitFor(String selector, WaitForSelectorState state) {
    return whenReady(
        selector,
        (locator, timeout) -> {
          locator.first().waitFor(new Locator.WaitForOptions().setState(state).setTimeout(timeout));
          return locator;
        });
  }

  /**
   * Clicks the element once it is visible, then waits for the page it may have opened to load. A
   * click cannot be cut into slices as {@link #whenReady} does, because a click that timed out
   * while its navigation was starting has happened; so a wait for the element to be visible comes
   * first (it costs a round trip to the browser, and is cheaper than a trial click, which waits for
   * two animation frames), and the click waits natively for the rest (enabled, stable).
   */
  public void click(String selector) {
    locateVisible(selector).click();
    page.waitForLoadState();
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
   * Runs {@code call}, a Playwright call that waits natively for what it needs and then acts at
   * once, in slices: each try gets the timeout passed to it, at most {@value #SLICE_MILLIS} ms, and
   * between tries sessions queued for the browser get their turn, so that a long wait in one
   * transaction does not hold up the others. Playwright goes on the moment the page is ready; a
   * call whose element is there at once costs one round trip. The call must have no effect when it
   * times out.
   *
   * @param call takes the timeout in milliseconds for one try
   * @param what what is awaited, for the timeout message
   * @throws TimeoutError when the call does not succeed within the step's timeout
   * @throws CancelledException when the transaction is cancelled while waiting
   */
  public <T> T awaitSharingBrowser(DoubleFunction<T> call, String what) {
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    while (true) {
      long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
      try {
        return call.apply(Math.max(1, Math.min(SLICE_MILLIS, left)));
      } catch (TimeoutError e) {
        if (context.isCancelled()) {
          throw new CancelledException("the transaction was cancelled while waiting for " + what);
        }
        if (end - System.nanoTime() <= 0) {
          throw new TimeoutError("Timeout " + timeoutMillis + "ms exceeded waiting for " + what);
        }
        letQueuedSessionsIn();
      }
    }
  }

  /** The browser's lock is fair: a session waiting for it takes it before this one gets it back. */
  private void letQueuedSessionsIn() {
    ReentrantLock lock = session.browserLock();
    if (lock.hasQueuedThreads()) {
      lock.unlock();
      lock.lock();
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
