package dev.ferry.connector.web.action;

import com.microsoft.playwright.Locator;
import dev.ferry.connector.web.internal.WebStep;
import dev.ferry.engine.spi.NoOutput;
import dev.ferry.engine.spi.Param;
import dev.ferry.engine.spi.SecretRef;

/** {@code web.fill}: types a value, or a secret from the store, into a field. */
public final class FillAction extends WebAction<FillAction.Input, NoOutput> {

  /**
   * @param selector the field
   * @param value the text to enter; null when {@code secret} is given
   * @param secret a secret to enter without it ever being logged; null when {@code value} is given
   */
  public record Input(
      @Param("The field: CSS, text=... or role=...") String selector,
      @Param(value = "The text to enter", optional = true) String value,
      @Param(value = "A secret to enter instead of a value", optional = true) SecretRef secret) {
    public Input {
      Selectors.require(selector, "selector");
      Selectors.exactlyOne("value or secret", value, secret);
    }
  }

  public FillAction() {
    super(
        "web.fill",
        "Enters text into a field, replacing what it held.",
        Input.class,
        NoOutput.class);
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
    String text;
    if (input.value() != null) {
      text = input.value();
    } else {
      step.withholdScreenshot();
      text = step.context().secrets().resolve(input.secret()).reveal();
    }
    step.whenReady(
        input.selector(),
        (field, timeout) -> {
          field.fill(text, new Locator.FillOptions().setTimeout(timeout));
          return null;
        });
    return NoOutput.INSTANCE;
  }
}
