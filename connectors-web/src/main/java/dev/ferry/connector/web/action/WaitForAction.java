package dev.ferry.connector.web.action;

import dev.ferry.connector.web.internal.WebStep;
import dev.ferry.engine.spi.Param;
import java.time.Duration;

/** {@code web.wait-for}: waits until an element or a text shows (or goes), or a URL is reached. */
public final class WaitForAction extends WebAction<WaitForAction.Input, WaitForAction.Output> {

  /**
   * Exactly one of {@code selector}, {@code text} and {@code url}.
   *
   * @param selector an element to wait for
   * @param text a text to wait for anywhere on the page
   * @param url a URL glob such as {@code **}{@code /invoices*}, or a regular expression starting
   *     with {@code ^}
   * @param hidden wait for the element or text to disappear instead; null means false
   * @param timeout how long to wait; null for the application's timeout
   */
  public record Input(
      @Param(value = "An element to wait for", optional = true) String selector,
      @Param(value = "A text to wait for", optional = true) String text,
      @Param(value = "A URL glob such as **/invoices*, or a regex starting with ^", optional = true)
          String url,
      @Param(value = "Wait for the element or text to disappear", defaultValue = "false")
          Boolean hidden,
      @Param(value = "How long to wait; the application's timeout when left out", optional = true)
          Duration timeout) {
    public Input {
      hidden = hidden != null && hidden;
      new Condition(selector, text, url, hidden);
      if (timeout != null && (timeout.isZero() || timeout.isNegative())) {
        throw new IllegalArgumentException("timeout must be positive: " + timeout);
      }
    }

    Condition condition() {
      return new Condition(selector, text, url, hidden);
    }
  }

  /**
   * @param url the page's URL once the wait is over
   */
  public record Output(String url) {}

  public WaitForAction() {
    super(
        "web.wait-for",
        "Waits for an element, a text or a URL; fails when it does not come in time.",
        Input.class,
        Output.class);
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
  Output run(Input input, WebStep step) {
    input.condition().await(step);
    return new Output(step.page().url());
  }
}
