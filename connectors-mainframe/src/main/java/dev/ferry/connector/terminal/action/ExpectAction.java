package dev.ferry.connector.terminal.action;

import dev.ferry.connector.terminal.Screen;
import dev.ferry.connector.terminal.internal.TerminalStep;
import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.ActionContext;
import dev.ferry.engine.spi.NoOutput;
import dev.ferry.engine.spi.Param;
import java.time.Duration;
import java.util.List;

/**
 * {@code terminal.expect}: checks a screen signature, waiting briefly for it: a text anywhere
 * ({@code screen} or {@code screen-contains}), a text at a position, and a set of field labels. An
 * unexpected screen is a system failure carrying the screen, so the engine retries the step in a
 * fresh session. This is the connector's {@code expect:} and {@code verify:} action.
 */
public final class ExpectAction implements Action<ExpectAction.Input, NoOutput> {

  /**
   * @param screen text that must be on the screen, such as its title
   * @param screenContains the same, as {@code verify:} spells it
   * @param text text that must be at {@code row, col}
   * @param row 1-based row for {@code text}
   * @param col 1-based column for {@code text}
   * @param labels field labels that must all be present
   * @param timeout how long the screen may take to match
   */
  public record Input(
      @Param(value = "text anywhere on the screen", optional = true) String screen,
      @Param(value = "text anywhere on the screen", optional = true) String screenContains,
      @Param(value = "text at row, col", optional = true) String text,
      @Param(value = "row of text", optional = true) Integer row,
      @Param(value = "column of text", optional = true) Integer col,
      @Param(value = "field labels that must be present", optional = true) List<String> labels,
      @Param(value = "how long the screen may take to match", defaultValue = "2s")
          Duration timeout) {
    public Input {
      labels = labels == null ? List.of() : List.copyOf(labels);
      timeout = timeout == null ? Duration.ofSeconds(2) : timeout;
      if ((text == null) != (row == null) || (row == null) != (col == null)) {
        throw new IllegalArgumentException("text at a position needs text, row and col together");
      }
      if (screen == null && screenContains == null && text == null && labels.isEmpty()) {
        throw new IllegalArgumentException(
            "say what to expect: screen, screen-contains, text with row and col, or labels");
      }
    }

    /** Expects {@code title} anywhere on the screen. */
    public static Input screen(String title) {
      return new Input(title, null, null, null, null, null, null);
    }
  }

  @Override
  public String name() {
    return "terminal.expect";
  }

  @Override
  public String description() {
    return "Checks that the screen matches a signature: text anywhere, text at a position, labels.";
  }

  @Override
  public boolean idempotent() {
    return true;
  }

  @Override
  public Class<Input> inputType() {
    return Input.class;
  }

  @Override
  public Class<NoOutput> outputType() {
    return NoOutput.class;
  }

  @Override
  public NoOutput execute(Input input, ActionContext context) {
    TerminalStep step = TerminalStep.begin(context);
    ScreenCondition.await(
        step.terminal(),
        step.timeout(input.timeout()),
        s -> mismatch(s, input),
        "the expected screen");
    step.end();
    return NoOutput.INSTANCE;
  }

  private static String mismatch(Screen s, Input input) {
    for (String wanted : new String[] {input.screen(), input.screenContains()}) {
      if (wanted != null && !s.contains(wanted)) {
        return "Unexpected screen: \"" + wanted + "\" is not on it";
      }
    }
    if (input.text() != null) {
      int length = Math.min(input.text().length(), Math.max(0, s.cols() - input.col() + 1));
      boolean inside = input.row() >= 1 && input.row() <= s.rows() && input.col() >= 1;
      String found = inside ? s.textAt(input.row(), input.col(), length) : "";
      if (!found.equals(input.text())) {
        return "Unexpected screen: expected \""
            + input.text()
            + "\" at row "
            + input.row()
            + " col "
            + input.col()
            + " but found \""
            + found
            + "\"";
      }
    }
    for (String label : input.labels()) {
      if (s.field(label).isEmpty() && !s.contains(label)) {
        return "Unexpected screen: no field or text '" + label + "'";
      }
    }
    return null;
  }
}
