package dev.ferry.connector.web.action;

import dev.ferry.connector.web.internal.WebStep;
import dev.ferry.engine.spi.Evidence;
import dev.ferry.engine.spi.Param;

/** {@code web.read-text}: reads the visible text of an element, or the value of a field. */
public final class ReadTextAction extends WebAction<ReadTextAction.Input, ReadTextAction.Output> {

  /**
   * @param selector the element
   */
  public record Input(@Param("The element to read: CSS, text=... or role=...") String selector) {
    public Input {
      Selectors.require(selector, "selector");
    }
  }

  /**
   * @param text the element's visible text, trimmed; for an input field, its value
   */
  public record Output(String text) {}

  public ReadTextAction() {
    super("web.read-text", "Reads the text of an element.", Input.class, Output.class);
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
    var element = step.locateAttached(input.selector());
    String kind =
        (String)
            element.evaluate(
                "e => e instanceof HTMLInputElement && e.type === 'password' ? 'password'"
                    + " : e instanceof HTMLInputElement || e instanceof HTMLTextAreaElement"
                    + " || e instanceof HTMLSelectElement ? 'field' : 'element'");
    if (kind.equals("password")) {
      throw step.fail(
          "web.read-text does not read password fields such as '" + input.selector() + "'.",
          input.selector());
    }
    String text = (kind.equals("field") ? element.inputValue() : element.innerText()).strip();
    step.context()
        .evidence()
        .record(Evidence.text(Evidence.Kind.FIELDS, "read " + input.selector(), text));
    return new Output(text);
  }
}
