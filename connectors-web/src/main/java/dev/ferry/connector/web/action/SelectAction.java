package dev.ferry.connector.web.action;

import com.microsoft.playwright.Locator;
import dev.ferry.connector.web.internal.WebStep;
import dev.ferry.engine.spi.Param;
import java.util.List;
import java.util.Objects;

/** {@code web.select}: chooses an option of a drop-down by its value or its visible label. */
public final class SelectAction extends WebAction<SelectAction.Input, SelectAction.Output> {

  /**
   * @param selector the {@code <select>} element
   * @param option the option's value or label
   */
  public record Input(
      @Param("The drop-down: CSS, text=... or role=...") String selector,
      @Param("The option's value or its visible label") String option) {
    public Input {
      Selectors.require(selector, "selector");
      Objects.requireNonNull(option, "option is required");
    }
  }

  /**
   * @param selected the values now selected
   */
  public record Output(List<String> selected) {}

  public SelectAction() {
    super("web.select", "Chooses an option of a drop-down.", Input.class, Output.class);
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
  Output run(Input input, WebStep step) {
    List<String> selected =
        step.whenReady(
            input.selector(),
            (list, timeout) ->
                list.selectOption(
                    input.option(), new Locator.SelectOptionOptions().setTimeout(timeout)));
    if (selected.isEmpty()) {
      throw step.fail(
          "web.select found no option '" + input.option() + "' in '" + input.selector() + "'.",
          input.selector());
    }
    return new Output(List.copyOf(selected));
  }
}
