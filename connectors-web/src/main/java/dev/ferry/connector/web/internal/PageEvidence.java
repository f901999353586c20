package dev.ferry.connector.web.internal;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.ScreenshotType;
import dev.ferry.connector.web.ScreenshotPolicy;
import dev.ferry.connector.web.WebConfig;
import dev.ferry.engine.spi.Evidence;
import dev.ferry.engine.spi.EvidenceSink;
import java.util.ArrayList;
import java.util.List;

/** Takes what a person would have seen: the URL, a compressed screenshot and, on failure, HTML. */
final class PageEvidence {
  private static final double CAPTURE_TIMEOUT_MILLIS = 5_000;

  private PageEvidence() {}

  /** Records the URL and, when the settings allow, a screenshot after a successful step. */
  static void afterStep(Page page, WebConfig config, EvidenceSink sink, boolean screenshotAllowed) {
    sink.record(Evidence.text(Evidence.Kind.URL, "after", page.url()));
    if (!screenshotAllowed) {
      sink.record(
          Evidence.text(
              Evidence.Kind.NOTE, "after", "Screenshot withheld: this step entered a secret."));
    } else if (config.screenshots() == ScreenshotPolicy.ALWAYS && sink.screenshotsOnSuccess()) {
      try {
        sink.record(Evidence.screenshot("after", "image/jpeg", screenshot(page, config, false)));
      } catch (PlaywrightException e) {
        // The action itself succeeded; failing the step now would make the engine repeat a click
        // that already submitted a form.
        sink.record(
            Evidence.text(Evidence.Kind.NOTE, "after", "No screenshot: " + Failures.firstLine(e)));
      }
    }
  }

  static byte[] screenshot(Page page, WebConfig config, boolean fullPage) {
    try {
      return capture(page, config, fullPage);
    } catch (PlaywrightException e) {
      if (!String.valueOf(e.getMessage()).contains("Unable to capture screenshot")) {
        throw e;
      }
      // With several contexts open, Chromium cannot paint a window in the background; bring the
      // page to the front and try once more.
      page.bringToFront();
      return capture(page, config, fullPage);
    }
  }

  private static byte[] capture(Page page, WebConfig config, boolean fullPage) {
    return page.screenshot(
        new Page.ScreenshotOptions()
            .setType(ScreenshotType.JPEG)
            .setQuality(config.screenshotQuality())
            .setFullPage(fullPage)
            .setTimeout(CAPTURE_TIMEOUT_MILLIS));
  }

  /**
   * What the page showed at the moment of failure: as much of the screenshot, the HTML and the URL
   * as a possibly crashed page can still give.
   */
  static List<Evidence> atFailure(Page page, WebConfig config, String knownUrl) {
    List<Evidence> evidence = new ArrayList<>();
    String url = knownUrl;
    if (page != null && !page.isClosed()) {
      try {
        evidence.add(
            Evidence.screenshot("at failure", "image/jpeg", screenshot(page, config, false)));
      } catch (PlaywrightException e) {
        evidence.add(
            Evidence.text(
                Evidence.Kind.NOTE, "at failure", "No screenshot: " + Failures.firstLine(e)));
      }
      try {
        evidence.add(
            new Evidence(
                Evidence.Kind.HTML,
                "at failure",
                "text/html",
                page.content().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      } catch (PlaywrightException e) {
        evidence.add(
            Evidence.text(Evidence.Kind.NOTE, "at failure", "No HTML: " + Failures.firstLine(e)));
      }
      url = page.url();
    }
    if (url != null) {
      evidence.add(Evidence.text(Evidence.Kind.URL, "at failure", url));
    }
    return evidence;
  }
}
