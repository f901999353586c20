package dev.ferry.connector.web;

import dev.ferry.engine.spi.Param;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The settings of one web application in a process definition.
 *
 * <p>Components left null take their documented default, so Java callers may pass null.
 *
 * @param url the application's start page; relative URLs in {@code web.open} resolve against it
 * @param headless whether the browser runs without a window
 * @param browserPath the Chromium executable
 * @param login how to sign on; null when the application needs no sign-on
 * @param screenshots when screenshots are kept as evidence
 * @param reuseStorageState whether cookies and local storage from one transaction's sign-on are
 *     reused by the next transaction of the same application on this node
 * @param timeout how long an action waits for an element or a page
 * @param screenshotQuality the JPEG quality of screenshots, 1 to 100
 */
public record WebConfig(
    @Param(
            value = "The application's start page, such as https://portal.example.com/",
            optional = true)
        String url,
    @Param(value = "Run the browser without a window", defaultValue = "true") Boolean headless,
    @Param(value = "The Chromium executable", defaultValue = "/usr/bin/chromium")
        String browserPath,
    @Param(value = "How to sign on with the application's credentials", optional = true)
        LoginConfig login,
    @Param(
            value = "always, or on-failure to keep screenshots only of failed steps",
            defaultValue = "always")
        ScreenshotPolicy screenshots,
    @Param(
            value = "Reuse the signed-on cookies in the next transaction of this application",
            defaultValue = "false")
        Boolean reuseStorageState,
    @Param(value = "How long an action waits for an element or a page", defaultValue = "30s")
        Duration timeout,
    @Param(value = "JPEG quality of screenshots, 1 to 100", defaultValue = "60")
        Integer screenshotQuality) {

  public WebConfig {
    if (url != null) {
      requireHttpUrl(url, "url");
    }
    headless = headless == null || headless;
    browserPath = browserPath == null ? "/usr/bin/chromium" : browserPath;
    if (!Path.of(browserPath).isAbsolute()) {
      throw new IllegalArgumentException("browser-path must be an absolute path: " + browserPath);
    }
    screenshots = screenshots == null ? ScreenshotPolicy.ALWAYS : screenshots;
    reuseStorageState = reuseStorageState != null && reuseStorageState;
    timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    screenshotQuality = screenshotQuality == null ? 60 : screenshotQuality;
    if (screenshotQuality < 1 || screenshotQuality > 100) {
      throw new IllegalArgumentException(
          "screenshot-quality must be between 1 and 100: " + screenshotQuality);
    }
    if (login != null && login.url() == null && url == null) {
      throw new IllegalArgumentException("login needs a url, or the application needs one");
    }
  }

  /** A configuration for {@code url} with every other setting at its default. */
  public static WebConfig of(String url) {
    return new WebConfig(url, null, null, null, null, null, null, null);
  }

  static void requireHttpUrl(String url, String key) {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(key + " is not a valid URL: " + url, e);
    }
    if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
      throw new IllegalArgumentException(
          key + " must be an absolute http:// or https:// URL: " + url);
    }
  }
}
