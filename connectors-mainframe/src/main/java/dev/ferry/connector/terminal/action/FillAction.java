package dev.ferry.connector.terminal.action;

import dev.ferry.connector.terminal.Field;
import dev.ferry.connector.terminal.Screen;
import dev.ferry.connector.terminal.TerminalException;
import dev.ferry.connector.terminal.TerminalKey;
import dev.ferry.connector.terminal.internal.TerminalStep;
import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.ActionContext;
import dev.ferry.engine.spi.BusinessException;
import dev.ferry.engine.spi.Evidence;
import dev.ferry.engine.spi.Param;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * {@code terminal.fill}: writes values into input fields found by label or {@code row,col}, then
 * presses a key. Every field is found before any is written, so a wrong screen changes nothing.
 */
public final class FillAction implements Action<FillAction.Input, ScreenOutput> {

  /**
   * @param fields field label (or {@code row,col}) to value, written in order
   * @param key the key to press afterwards; {@code none} to press nothing
   * @param failOnMessage whether a message on the message line after the key fails the step as a
   *     business failure (code {@code HOST_REJECTED}), as for a validation error
   * @param timeout how long to wait for the host
   */
  public record Input(
      @Param("field label or row,col to value") Map<String, String> fields,
      @Param(value = "key to press afterwards, or none", defaultValue = "enter") String key,
      @Param(
              value = "a message on the message line afterwards is a business failure",
              defaultValue = "false")
          Boolean failOnMessage,
      @Param(value = "how long to wait for the host", optional = true) Duration timeout) {
    public Input {
      Objects.requireNonNull(fields, "fields");
      fields = new LinkedHashMap<>(fields);
      key = key == null ? "enter" : key;
      failOnMessage = failOnMessage != null && failOnMessage;
    }
  }

  @Override
  public String name() {
    return "terminal.fill";
  }

  @Override
  public String description() {
    return "Fills input fields found by label or row,col, then presses a key (Enter by default).";
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
    TerminalKey key = input.key().equalsIgnoreCase("none") ? null : Keys.parse(input.key(), "key");
    TerminalStep step = TerminalStep.begin(context);
    Screen before = step.terminal().screen();
    Map<Field, String> targets = new LinkedHashMap<>();
    StringBuilder written = new StringBuilder();
    for (Map.Entry<String, String> e : input.fields().entrySet()) {
      Field field = FieldLookup.find(before, e.getKey(), step.terminal());
      String value = Objects.requireNonNullElse(e.getValue(), "");
      if (!field.input()) {
        throw new TerminalException(
            "Field " + field + " is protected; it cannot be filled.", before);
      }
      if (value.length() > field.length()) {
        throw new BusinessException(
            "VALUE_TOO_LONG",
            "The value for '"
                + e.getKey()
                + "' has "
                + value.length()
                + " characters but the field "
                + field
                + " holds "
                + field.length()
                + ".");
      }
      targets.put(field, value);
      written
          .append(e.getKey())
          .append(" (")
          .append(field.position())
          .append(") = ")
          .append(field.hidden() ? "******" : value)
          .append('\n');
    }
    targets.forEach(step.terminal()::fill);
    step.note(Evidence.Kind.FIELDS, "written", written.toString());
    if (key != null) {
      step.terminal().press(key, step.timeout(input.timeout()));
    }
    Screen after = step.end();
    if (input.failOnMessage() && !after.messageLine().isEmpty()) {
      throw new BusinessException(
          "HOST_REJECTED", "The host answered: \"" + after.messageLine() + "\".");
    }
    return ScreenOutput.of(after);
  }
}
