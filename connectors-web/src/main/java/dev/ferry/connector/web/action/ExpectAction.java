package dev.ferry.connector.web.action;

import com.microsoft.playwright.TimeoutError;
import dev.ferry.connector.web.internal.WebStep;
import dev.ferry.engine.spi.NoOutput;
import dev.ferry.engine.spi.Param;
import java.time.Duration;

/**
 * {@code web.expect}: checks that an element or a text is on the page (or absent), or that a URL
 * was reached, allowing a short time for it to appear. When the check fails the step fails as a
 * system failure with a screenshot and the page's HTML. This is the connector's {@code expect:} and
 * {@code verify:} check.
 */
public final class ExpectAction extends WebAction<ExpectAction.Input, NoOutput> {

  /**
   * Exactly one of {@code selector}, {@code text} and {@code url}.
   *
   * @param selector an element that must be there
   * @param text a text that must be on the page
   * @param url a URL glob, or a regular expression starting with {@code ^}, the page must be at
   * @param absent check that the element or text is not there instead; null means false
   * @param timeout how long it may take to appear; null means 5 seconds
   */
  public record Input(
      @Param(value = "An element that must be on the page", optional = true) String selector,
      @Param(value = "A text that must be on the page", optional = true) String text,
      @Param(value = "A URL glob or ^regex the page must be at", optional = true) String url,
      @Param(value = "Check that the element or text is absent instead", defaultValue = "false")
          Boolean absent,
      @Param(value = "How long it may take to appear", defaultValue = "5s") Duration timeout) {
    public Input {
      absent = absent != null && absent;
      new Condition(selector, text, url, absent);
      timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
      if (timeout.isZero() || timeout.isNegative()) {
        throw new IllegalArgumentException("timeout must be positive: " + timeout);
      }
    }

    Condition condition() {
      return new Condition(selector, text, url, absent);
    }
  }

  public ExpectAction() {
    super(
        "web.expect",
        "Checks that an element, a text or a URL is there, else fails the step.",
        Input.class,
        NoOutput.class);
  }

  @Override
  public boolean idempotent() {
    return true;
  }

  @Override
  String target(Input input) {
    return input.condition().target();
  }

  @Override
  Duration timeout(Input input) {
    return input.timeout();
  }

  @Override
  NoOutput run(Input input, WebStep step) {
    Condition condition = input.condition();
    try {
      condition.await(step);
    } catch (TimeoutError e) {
      throw step.fail(
          "web.expect: expected "
              + condition.describe()
              + " on "
              + step.page().url()
              + ", but after "
              + step.timeoutMillis()
              + " ms it was not so. The previous step may not have had the effect intended;"
              + " see the screenshot.",
          condition.target());
    }
    return NoOutput.INSTANCE;
  }
}
