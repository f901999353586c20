package dev.ferry.connector.web.action;

import dev.ferry.connector.web.internal.WebStep;
import dev.ferry.engine.spi.Evidence;
import dev.ferry.engine.spi.NoOutput;
import dev.ferry.engine.spi.Param;

/**
 * {@code web.screenshot}: keeps a screenshot as evidence even when the application keeps
 * screenshots only on failure, because the definition asked for it explicitly.
 */
public final class ScreenshotAction extends WebAction<ScreenshotAction.Input, NoOutput> {

  /**
   * @param label what the screenshot shows, for the audit report; null means "screenshot"
   * @param fullPage capture the whole page rather than the visible part; null means false
   */
  public record Input(
      @Param(value = "What the screenshot shows", defaultValue = "screenshot") String label,
      @Param(value = "Capture the whole page, not just the visible part", defaultValue = "false")
          Boolean fullPage) {
    public Input {
      label = label == null || label.isBlank() ? "screenshot" : label;
      fullPage = fullPage != null && fullPage;
    }
  }

  public ScreenshotAction() {
    super(
        "web.screenshot",
        "Keeps a screenshot of the page as evidence.",
        Input.class,
        NoOutput.class);
  }

  @Override
  public boolean idempotent() {
    return true;
  }

  @Override
  String target(Input input) {
    return null;
  }

  @Override
  NoOutput run(Input input, WebStep step) {
    step.context()
        .evidence()
        .record(
            Evidence.screenshot(input.label(), "image/jpeg", step.screenshot(input.fullPage())));
    return NoOutput.INSTANCE;
  }
}
