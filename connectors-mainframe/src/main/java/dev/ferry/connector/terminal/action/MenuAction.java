package dev.ferry.connector.terminal.action;

import dev.ferry.connector.terminal.Field;
import dev.ferry.connector.terminal.Screen;
import dev.ferry.connector.terminal.TerminalException;
import dev.ferry.connector.terminal.internal.TerminalStep;
import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.ActionContext;
import dev.ferry.engine.spi.Param;
import java.time.Duration;
import java.util.Objects;

/**
 * {@code terminal.menu}: types a menu option into the option field and presses Enter. The option
 * field is the one named, else the input field under the cursor, else the first input field.
 */
public final class MenuAction implements Action<MenuAction.Input, ScreenOutput> {

  /**
   * @param option the option, such as {@code 3}
   * @param field the option field's label or {@code row,col}; default: the cursor's field
   * @param timeout how long to wait for the next screen
   */
  public record Input(
      @Param("menu option, such as 3") String option,
      @Param(value = "option field label or row,col; default: the cursor's field", optional = true)
          String field,
      @Param(value = "how long to wait for the host", optional = true) Duration timeout) {
    public Input {
      Objects.requireNonNull(option, "option");
      if (option.isBlank()) {
        throw new IllegalArgumentException("option cannot be blank");
      }
    }
  }

  @Override
  public String name() {
    return "terminal.menu";
  }

  @Override
  public String description() {
    return "Chooses a menu option: types it into the option field and presses Enter.";
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
    TerminalStep step = TerminalStep.begin(context);
    Screen screen = step.terminal().screen();
    Field field =
        input.field() != null
            ? FieldLookup.find(screen, input.field(), step.terminal())
            : screen.inputFields().stream()
                .filter(f -> f.covers(screen.cursorRow(), screen.cursorCol()))
                .findFirst()
                .or(() -> screen.inputFields().stream().findFirst())
                .orElseThrow(
                    () ->
                        new TerminalException(
                            "This screen has no input field for a menu option; is it a menu?",
                            screen));
    step.terminal().fill(field, input.option().strip());
    step.terminal()
        .press(dev.ferry.connector.terminal.TerminalKey.ENTER, step.timeout(input.timeout()));
    return ScreenOutput.of(step.end());
  }
}
