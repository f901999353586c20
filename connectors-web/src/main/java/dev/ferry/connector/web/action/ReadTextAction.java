package dev.ferry.connector.web.action;

import com.microsoft.playwright.Locator;
import dev.ferry.connector.web.internal.WebStep;
import dev.ferry.engine.spi.Evidence;
import dev.ferry.engine.spi.Param;
import java.util.List;

/** {@code web.read-text}: reads the visible text of an element, or the value of a field. */
public final class ReadTextAction extends WebAction<ReadTextAction.Input, ReadTextAction.Output> {
  /**
   * In one round trip: a field's value, an element's visible text (what Playwright's {@code
   * inputValue()} and {@code innerText()} give), or null for a password field.
   */
  private static final String READ =
      "e => e instanceof HTMLInputElement && e.type === 'password' ? null"
          + " : e instanceof HTMLInputElement || e instanceof HTMLTextAreaElement"
          + " || e instanceof HTMLSelectElement ? e.value : e.innerText";

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
    // One round trip when exactly one element matches; otherwise Playwright's strict, waiting
    // evaluate (three round trips), which also says what is wrong when several match.
    List<?> matches =
        (List<?>) step.locate(input.selector()).evaluateAll("all => all.map(" + READ + ")");
    String read =
        matches.size() == 1
            ? (String) matches.get(0)
            : step.whenReady(
                input.selector(),
                (element, timeout) ->
                    (String)
                        element.evaluate(
                            READ, null, new Locator.EvaluateOptions().setTimeout(timeout)));
    if (read == null) {
      throw step.fail(
          "web.read-text does not read password fields such as '" + input.selector() + "'.",
          input.selector());
    }
    String text = read.strip();
    step.context()
        .evidence()
        .record(Evidence.text(Evidence.Kind.FIELDS, "read " + input.selector(), text));
    return new Output(text);
  }
}
