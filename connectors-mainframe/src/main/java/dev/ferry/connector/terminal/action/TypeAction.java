package dev.ferry.connector.terminal.action;

import dev.ferry.connector.terminal.Screen;
import dev.ferry.connector.terminal.internal.TerminalStep;
import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.ActionContext;
import dev.ferry.engine.spi.Param;
import java.time.Duration;
import java.util.Objects;

/**
 * {@code terminal.type}: types text at a position (or at the cursor), optionally followed by a key.
 */
public final class TypeAction implements Action<TypeAction.Input, ScreenOutput> {

  /**
   * @param text what to type
   * @param row 1-based row; with {@code col}, where to type; both left out means at the cursor
   * @param col 1-based column
   * @param key a key to press afterwards, or none when left out
   * @param timeout how long to wait for the host after the key
   */
  public record Input(
      @Param("text to type") String text,
      @Param(value = "row to type at; default: the cursor", optional = true) Integer row,
      @Param(value = "column to type at; default: the cursor", optional = true) Integer col,
      @Param(value = "key to press afterwards", optional = true) String key,
      @Param(value = "how long to wait for the host", optional = true) Duration timeout) {
    public Input {
      Objects.requireNonNull(text, "text");
      if ((row == null) != (col == null)) {
        throw new IllegalArgumentException("give both row and col, or neither");
      }
    }
  }

  @Override
  public String name() {
    return "terminal.type";
  }

  @Override
  public String description() {
    return "Types text at a row and column, or at the cursor, and optionally presses a key.";
  }

  @Override
  public Class<Input> inputType() {
    return Input.class;
  }

  @Override
  public Class<ScreenOutput> outputType() {
    return ScreenOutput.class;
  }

  @Override
  public ScreenOutput execute(Input input, ActionContext context) {
    var key = input.key() == null ? null : Keys.parse(input.key(), "key");
    TerminalStep step = TerminalStep.begin(context);
    Screen before = step.terminal().screen();
    int row = input.row() != null ? input.row() : before.cursorRow();
    int col = input.col() != null ? input.col() : before.cursorCol();
    step.terminal().typeAt(row, col, input.text());
    if (key != null) {
      step.terminal().press(key, step.timeout(input.timeout()));
    }
    return ScreenOutput.of(step.end());
  }
}
