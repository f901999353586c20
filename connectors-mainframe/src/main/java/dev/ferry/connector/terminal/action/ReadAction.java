package dev.ferry.connector.terminal.action;

import dev.ferry.connector.terminal.Screen;
import dev.ferry.connector.terminal.internal.TerminalStep;
import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.ActionContext;
import dev.ferry.engine.spi.BusinessException;
import dev.ferry.engine.spi.Evidence;
import dev.ferry.engine.spi.Param;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code terminal.read}: reads field values (by label or {@code row,col}) and pieces of screen text
 * into variables. Values are stripped of surrounding blanks.
 */
public final class ReadAction implements Action<ReadAction.Input, ReadAction.Output> {

  /**
   * @param fields field labels or {@code row,col} positions to read; each value is saved under the
   *     name as written
   * @param areas names for pieces of screen text at a row, column and length
   */
  public record Input(
      @Param(value = "field labels or row,col positions", optional = true) List<String> fields,
      @Param(value = "name to screen area (row, col, length)", optional = true)
          Map<String, Area> areas) {
    public Input {
      fields = fields == null ? List.of() : List.copyOf(fields);
      areas = areas == null ? Map.of() : new LinkedHashMap<>(areas);
      if (fields.isEmpty() && areas.isEmpty()) {
        throw new IllegalArgumentException("give fields, areas or both to read");
      }
    }
  }

  /**
   * @param values what was read, by the name given in the input
   * @param message the host's message line
   */
  public record Output(Map<String, String> values, String message) {
    public Output {
      values = new LinkedHashMap<>(values);
    }
  }

  @Override
  public String name() {
    return "terminal.read";
  }

  @Override
  public String description() {
    return "Reads fields (by label or row,col) and screen text (row, col, length) into variables.";
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
  public Class<Output> outputType() {
    return Output.class;
  }

  @Override
  public Output execute(Input input, ActionContext context) {
    TerminalStep step = TerminalStep.begin(context);
    Screen screen = step.terminal().screen();
    Map<String, String> values = new LinkedHashMap<>();
    for (String name : input.fields()) {
      values.put(name, FieldLookup.find(screen, name, step.terminal()).value().strip());
    }
    for (Map.Entry<String, Area> e : input.areas().entrySet()) {
      Area a = e.getValue();
      try {
        values.put(e.getKey(), screen.textAt(a.row(), a.col(), a.length()).strip());
      } catch (IllegalArgumentException outside) {
        throw new BusinessException(
            "AREA_OUTSIDE_SCREEN", "Area '" + e.getKey() + "': " + outside.getMessage() + ".");
      }
    }
    StringBuilder note = new StringBuilder();
    values.forEach((k, v) -> note.append(k).append(" = ").append(v).append('\n'));
    step.note(Evidence.Kind.FIELDS, "read", note.toString());
    step.end();
    return new Output(values, screen.messageLine());
  }
}
