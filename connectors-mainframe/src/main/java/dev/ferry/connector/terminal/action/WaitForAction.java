package dev.ferry.connector.terminal.action;

import dev.ferry.connector.terminal.Screen;
import dev.ferry.connector.terminal.internal.TerminalStep;
import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.ActionContext;
import dev.ferry.engine.spi.NoOutput;
import dev.ferry.engine.spi.Param;
import java.time.Duration;

/**
 * {@code terminal.wait-for}: waits until the screen shows a text, has a field, and the keyboard is
 * unlocked (all that are given), or fails after the timeout with the screen as evidence.
 */
public final class WaitForAction implements Action<WaitForAction.Input, NoOutput> {

  /**
   * @param text text that must appear anywhere on the screen
   * @param field a field label or {@code row,col} that must exist
   * @param unlocked whether the keyboard must be unlocked
   * @param timeout how long to wait
   */
  public record Input(
      @Param(value = "text to wait for", optional = true) String text,
      @Param(value = "field label or row,col to wait for", optional = true) String field,
      @Param(value = "wait for the keyboard to unlock", defaultValue = "true") Boolean unlocked,
      @Param(value = "how long to wait", optional = true) Duration timeout) {
    public Input {
      unlocked = unlocked == null || unlocked;
    }
  }

  @Override
  public String name() {
    return "terminal.wait-for";
  }

  @Override
  public String description() {
    return "Waits for a text, a field, or an unlocked keyboard, up to a timeout.";
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
    String what = describe(input);
    ScreenCondition.await(
        step.terminal(), step.timeout(input.timeout()), s -> missing(s, input), what);
    step.end();
    return NoOutput.INSTANCE;
  }

  private static String missing(Screen s, Input input) {
    if (input.text() != null && !s.contains(input.text())) {
      return "The text \"" + input.text() + "\" did not appear";
    }
    if (input.field() != null && s.field(input.field()).isEmpty()) {
      return "The field '" + input.field() + "' did not appear";
    }
    if (input.unlocked() && s.keyboardLocked()) {
      return "The keyboard stayed locked";
    }
    return null;
  }

  private static String describe(Input input) {
    StringBuilder b = new StringBuilder();
    if (input.text() != null) {
      b.append("text \"").append(input.text()).append("\" ");
    }
    if (input.field() != null) {
      b.append("field '").append(input.field()).append("' ");
    }
    if (input.unlocked()) {
      b.append("an unlocked keyboard");
    }
    return b.toString().strip();
  }
}
