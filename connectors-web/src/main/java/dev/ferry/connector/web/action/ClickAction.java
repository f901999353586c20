package dev.ferry.connector.web.action;

import dev.ferry.connector.web.internal.WebStep;
import dev.ferry.engine.spi.NoOutput;
import dev.ferry.engine.spi.Param;

/** {@code web.click}: clicks an element once it is visible and enabled. */
public final class ClickAction extends WebAction<ClickAction.Input, NoOutput> {

  /**
   * @param selector a CSS, text or role selector matching exactly one element
   */
  public record Input(@Param("The element to click: CSS, text=... or role=...") String selector) {
    public Input {
      Selectors.require(selector, "selector");
    }
  }

  public ClickAction() {
    super("web.click", "Clicks an element.", Input.class, NoOutput.class);
  }

  @Override
  String target(Input input) {
    return input.selector();
  }

  @Override
  NoOutput run(Input input, WebStep step) {
    step.click(input.selector());
    return NoOutput.INSTANCE;
  }
}
