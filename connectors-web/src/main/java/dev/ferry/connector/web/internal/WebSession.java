package dev.ferry.connector.web.internal;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import dev.ferry.connector.web.WebConfig;
import dev.ferry.connector.web.WebException;
import dev.ferry.engine.spi.ActionContext;
import dev.ferry.engine.spi.CancelledException;
import dev.ferry.engine.spi.ConnectorSession;
import dev.ferry.engine.spi.Evidence;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * One transaction's isolated browser context in one web application, with its current page. A
 * crashed page is replaced by a fresh one at the last good URL; a lost browser makes the session
 * unhealthy, and the engine then reopens it in a relaunched browser.
 *
 * <p>Threading: used by one engine thread at a time; every Playwright call happens under the host's
 * lock.
 */
public final class WebSession implements ConnectorSession {
  private final BrowserHost host;
  private final WebConfig config;
  private final BrowserContext context;
  private Page page;
  private volatile boolean pageCrashed;
  private volatile boolean contextClosed;
  private volatile boolean closed;
  private String lastGoodUrl;

  WebSession(BrowserHost host, WebConfig config, BrowserContext context) {
    this.host = host;
    this.config = config;
    this.context = context;
    context.onClose(c -> contextClosed = true);
  }

  public WebConfig config() {
    return config;
  }

  /**
   * Runs one action on the live page under the browser's lock, records the URL and screenshot after
   * it, and turns Playwright failures into a {@link WebException} with evidence.
   *
   * @param timeout the action's own wait, or null for the application's timeout
   */
  public <O> O perform(
      String action,
      String target,
      ActionContext ctx,
      Duration timeout,
      Function<WebStep, O> body) {
    Duration wait = timeout == null ? config.timeout() : timeout;
    Duration left = Duration.between(ctx.clock().instant(), ctx.deadline());
    long millis = Math.min(wait.toMillis(), left.toMillis());
    if (millis <= 0) {
      throw new WebException(
          action + " could not start: the step's deadline has passed.",
          target,
          lastGoodUrl,
          null,
          List.of());
    }
    acquire(action, target, millis);
    Page current = null;
    try {
      if (ctx.isCancelled()) {
        throw new CancelledException(action + " was not run: the transaction was cancelled");
      }
      current = livePage(action, ctx);
      current.setDefaultTimeout(millis);
      current.setDefaultNavigationTimeout(millis);
      WebStep step = new WebStep(this, current, ctx, millis);
      O output = body.apply(step);
      PageEvidence.afterStep(current, config, ctx.evidence(), !step.screenshotWithheld());
      lastGoodUrl = current.url();
      return output;
    } catch (PlaywrightException e) {
      String url = current == null || current.isClosed() ? lastGoodUrl : current.url();
      boolean gone = pageCrashed || contextClosed || !host.isConnected();
      throw Failures.translate(
          action, target, url, millis, e, gone, PageEvidence.atFailure(current, config, url));
    } finally {
      host.lock().unlock();
    }
  }

  private void acquire(String action, String target, long millis) {
    try {
      if (!host.lock().tryLock(millis, TimeUnit.MILLISECONDS)) {
        throw new WebException(
            action + " waited " + millis + " ms for the browser, which other sessions kept busy.",
            target,
            lastGoodUrl,
            null,
            List.of());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancelledException(action + " was interrupted while waiting for the browser");
    }
  }

  /** The current page, or a fresh one when it crashed or was closed. Hold the lock. */
  private Page livePage(String action, ActionContext ctx) {
    if (page != null && !page.isClosed() && !pageCrashed) {
      return page;
    }
    if (contextClosed || !host.isConnected()) {
      throw new WebException(
          action + " cannot run: the browser was lost. The engine reopens the session.",
          null,
          lastGoodUrl,
          null,
          List.of());
    }
    boolean crashed = pageCrashed;
    replacePage();
    ctx.evidence()
        .record(
            Evidence.text(
                Evidence.Kind.NOTE,
                "before",
                (crashed ? "The page had crashed" : "The page had been closed")
                    + "; opened a new page at "
                    + page.url()));
    return page;
  }

  /** Opens a new page in this context; after a crash it returns to the last good URL. */
  void replacePage() {
    Page old = page;
    page = context.newPage();
    pageCrashed = false;
    page.onCrash(p -> pageCrashed = true);
    if (old != null) {
      try {
        old.close();
      } catch (PlaywrightException e) {
        // a crashed page may refuse to close; the context still owns it
      }
      if (lastGoodUrl != null && !lastGoodUrl.startsWith("about:")) {
        page.navigate(lastGoodUrl);
      }
    }
  }

  ReentrantLock browserLock() {
    return host.lock();
  }

  void rememberUrl() {
    lastGoodUrl = page.url();
  }

  /** The page the session works in; for sign-on. Hold the lock. */
  Page page() {
    return page;
  }

  BrowserContext context() {
    return context;
  }

  @Override
  public boolean isHealthy() {
    return !closed && !contextClosed && host.isConnected();
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    host.lock().lock();
    try {
      context.close();
    } catch (PlaywrightException e) {
      // the browser is gone and took the context with it
    } finally {
      host.lock().unlock();
    }
  }
}
