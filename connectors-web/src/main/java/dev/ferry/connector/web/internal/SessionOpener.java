package dev.ferry.connector.web.internal;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.WaitForSelectorState;
import dev.ferry.connector.web.LoginConfig;
import dev.ferry.connector.web.WebConfig;
import dev.ferry.connector.web.WebException;
import dev.ferry.engine.spi.BusinessException;
import dev.ferry.engine.spi.Credentials;
import dev.ferry.engine.spi.SessionContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Opens a session: a new browser context, then a sign-on with the application's credentials when
 * the settings ask for one. Storage state saved after a sign-on is reused by the next session of
 * the same application and user when {@code reuse-storage-state} is on; it is kept in memory only.
 */
public final class SessionOpener {
  private static final Map<String, String> STORAGE_STATES = new ConcurrentHashMap<>();

  private SessionOpener() {}

  public static WebSession open(WebConfig config, SessionContext context) {
    BrowserHost host =
        BrowserHost.of(config.browserPath(), config.headless(), context.dataDirectory());
    String stateKey = stateKey(config, context);
    host.lock().lock();
    BrowserContext browserContext = null;
    WebSession session = null;
    try {
      Browser.NewContextOptions options =
          new Browser.NewContextOptions().setViewportSize(1280, 800).setAcceptDownloads(true);
      String saved = config.reuseStorageState() ? STORAGE_STATES.get(stateKey) : null;
      if (saved != null) {
        options.setStorageState(saved);
      }
      browserContext = host.newContext(options);
      browserContext.setDefaultTimeout(config.timeout().toMillis());
      session = new WebSession(host, config, browserContext);
      session.replacePage();
      Page page = session.page();
      LoginConfig login = config.login();
      if (login == null) {
        if (config.url() != null) {
          requireSuccess(page.navigate(config.url()), config.url());
        }
      } else {
        signOn(config, login, context, page, saved != null);
        if (config.reuseStorageState()) {
          STORAGE_STATES.put(stateKey, browserContext.storageState());
        }
      }
      session.rememberUrl();
      return session;
    } catch (PlaywrightException e) {
      Page page = session == null ? null : session.page();
      var evidence = PageEvidence.atFailure(page, config, config.url());
      closeQuietly(browserContext);
      throw new WebException(
          "Could not open "
              + context.applicationName()
              + " at "
              + (config.url() == null ? "its start page" : config.url())
              + ": "
              + Failures.firstLine(e)
              + ". Check that the application is up and reachable from this node.",
          null,
          config.url(),
          e,
          evidence);
    } catch (RuntimeException e) {
      closeQuietly(browserContext);
      throw e;
    } finally {
      host.lock().unlock();
    }
  }

  private static void signOn(
      WebConfig config, LoginConfig login, SessionContext context, Page page, boolean reused) {
    String loginUrl = login.url() != null ? login.url() : config.url();
    requireSuccess(page.navigate(loginUrl), loginUrl);
    if (reused && !page.locator(login.passwordField()).isVisible()) {
      return;
    }
    if (context.credentials() == null) {
      throw new BusinessException(
          "WEB_NO_CREDENTIALS",
          "Application "
              + context.applicationName()
              + " has a login but no credentials; add credentials: <name> to it in the"
              + " definition.");
    }
    Credentials credentials = context.secrets().credentials(context.credentials());
    page.locator(login.usernameField()).fill(credentials.username());
    String password = credentials.password().reveal();
    try {
      page.locator(login.passwordField()).fill(password);
    } catch (PlaywrightException e) {
      // Playwright's message and call log must not carry the password into logs or the ledger,
      // so the original exception is dropped rather than kept as the cause.
      String cause = Failures.firstLine(e).replace(password, "******");
      throw e instanceof TimeoutError
          ? new TimeoutError("typing the password into '" + login.passwordField() + "': " + cause)
          : new PlaywrightException(
              "typing the password into '" + login.passwordField() + "': " + cause);
    }
    page.locator(login.submit()).click();
    boolean settled = awaitSignOnResult(page, login, config.timeout().toMillis());
    String refusal = refusal(page, login);
    if (refusal != null) {
      throw new BusinessException(
          "WEB_SIGN_ON_REFUSED",
          "The application "
              + context.applicationName()
              + " refused the sign-on of user "
              + credentials.username()
              + " at "
              + page.url()
              + ": \""
              + refusal
              + "\". Check the credentials "
              + context.credentials().name()
              + " in the secret store.");
    }
    if (!settled) {
      throw new TimeoutError(
          "Timeout "
              + config.timeout().toMillis()
              + "ms exceeded waiting for the sign-on to finish: "
              + (login.success() != null
                  ? "'" + login.success() + "' did not appear"
                  : "'" + login.passwordField() + "' did not go away"));
    }
  }

  /**
   * Waits until the sign-on succeeded or was refused. With a success element that is one wait in
   * the browser for it or the error, which goes on the moment either shows; without one, whether
   * the password field has gone away is polled.
   *
   * @return whether the sign-on settled in time
   */
  private static boolean awaitSignOnResult(Page page, LoginConfig login, long timeoutMillis) {
    if (login.success() == null) {
      return Polling.until(
          () -> signedOn(page, login) || refusal(page, login) != null, timeoutMillis);
    }
    Locator settled = page.locator(login.success());
    if (login.error() != null) {
      settled = settled.or(page.locator(login.error()));
    }
    try {
      settled
          .first()
          .waitFor(
              new Locator.WaitForOptions()
                  .setState(WaitForSelectorState.VISIBLE)
                  .setTimeout(timeoutMillis));
      return true;
    } catch (TimeoutError e) {
      return false;
    }
  }

  private static boolean signedOn(Page page, LoginConfig login) {
    return login.success() != null
        ? page.locator(login.success()).isVisible()
        : !page.locator(login.passwordField()).isVisible();
  }

  private static String refusal(Page page, LoginConfig login) {
    if (login.error() == null) {
      return null;
    }
    try {
      var error = page.locator(login.error());
      return error.isVisible() ? error.innerText().strip() : null;
    } catch (PlaywrightException e) {
      return null;
    }
  }

  /** An HTTP error page is a technical failure, retried with a new session. */
  private static void requireSuccess(Response response, String url) {
    if (response != null && response.status() >= 400) {
      throw new PlaywrightException(
          "HTTP " + response.status() + " " + response.statusText() + " from " + url);
    }
  }

  private static String stateKey(WebConfig config, SessionContext context) {
    return context.applicationName()
        + "|"
        + config.url()
        + "|"
        + (context.credentials() == null ? "" : context.credentials().name());
  }

  private static void closeQuietly(BrowserContext context) {
    if (context != null) {
      try {
        context.close();
      } catch (PlaywrightException e) {
        // nothing more to release
      }
    }
  }
}
