package dev.ferry.connector.web.action;

import com.microsoft.playwright.Locator;
import dev.ferry.connector.web.internal.WebStep;
import dev.ferry.engine.spi.NoOutput;
import dev.ferry.engine.spi.Param;

/** {@code web.check}: checks or unchecks a checkbox or radio button. */
public final class CheckAction extends WebAction<CheckAction.Input, NoOutput> {

  /**
   * @param selector the checkbox or radio button
   * @param checked true to check it, false to uncheck it; null means true
   */
  public record Input(
      @Param("The checkbox or radio button") String selector,
      @Param(value = "true to check, false to uncheck", defaultValue = "true") Boolean checked) {
    public Input {
      Selectors.require(selector, "selector");
      checked = checked == null || checked;
    }
  }

  public CheckAction() {
    super(
        "web.check", "Checks or unchecks a checkbox or radio button.", Input.class, NoOutput.class);
  }

  @Override
  public boolean idempotent() {
    return true;
  }

  @Override
  String target(Input input) {
    return input.selector();
  }

  @Override
  NoOutput run(Input input, WebStep step) {
    step.whenReady(
        input.selector(),
        (box, timeout) -> {
          box.setChecked(input.checked(), new Locator.SetCheckedOptions().setTimeout(timeout));
          return null;
        });
    return NoOutput.INSTANCE;
  }
}
