package dev.ferry.connector.terminal.action;

import dev.ferry.connector.terminal.Screen;
import dev.ferry.connector.terminal.internal.TerminalStep;
import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.ActionContext;
import dev.ferry.engine.spi.Param;
import java.time.Duration;
import java.util.Objects;

/** {@code terminal.press}: presses one key and waits for the host's answer. */
public final class PressAction implements Action<PressAction.Input, ScreenOutput> {

  /**
   * @param key the key, such as {@code enter}, {@code pf3}, {@code roll-up}, {@code clear}
   * @param timeout how long to wait for the host's answer
   */
  public record Input(
      @Param("key: enter, pf1..pf24, pa1..pa3, clear, tab, erase-eof, roll-up, roll-down")
          String key,
      @Param(value = "how long to wait for the host", optional = true) Duration timeout) {
    public Input {
      Objects.requireNonNull(key, "key");
    }
  }

  @Override
  public String name() {
    return "terminal.press";
  }

  @Override
  public String description() {
    return "Presses a key (Enter, PF1-PF24, PA1-PA3, Clear, Tab, Erase-EOF, Roll Up/Down) and waits"
        + " for the host.";
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
    var key = Keys.parse(input.key(), "key");
    TerminalStep step = TerminalStep.begin(context);
    step.terminal().press(key, step.timeout(input.timeout()));
    Screen after = step.end();
    return ScreenOutput.of(after);
  }
}
