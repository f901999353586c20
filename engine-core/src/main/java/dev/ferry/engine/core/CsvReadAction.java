package dev.ferry.engine.core;

import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.ActionContext;
import dev.ferry.engine.spi.BusinessException;
import dev.ferry.engine.spi.Param;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code csv.read}: reads a CSV file from the work directory into a list of rows. */
final class CsvReadAction implements Action<CsvReadAction.Input, CsvReadAction.Output> {

  record Input(
      @Param("A path relative to the work directory.") String path,
      @Param(value = "The field separator.", defaultValue = ",") String delimiter,
      @Param(value = "Whether the first line names the columns.", defaultValue = "true")
          boolean header) {}

  /**
   * @param rows with a header, maps of column name to text; without one, maps of "1", "2"... to
   *     text
   */
  record Output(List<Map<String, Object>> rows, long count) {}

  @Override
  public String name() {
    return "csv.read";
  }

  @Override
  public String description() {
    return "Reads a CSV file from the work directory into a list of rows.";
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
  public boolean idempotent() {
    return true;
  }

  @Override
  public Output execute(Input input, ActionContext context) {
    String text =
        new FileReadAction().execute(new FileReadAction.Input(input.path()), context).text();
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    List<List<String>> lines;
    try {
      lines = Csv.parse(text, delimiter(input.delimiter()));
    } catch (IllegalArgumentException e) {
      throw new BusinessException("BAD_CSV", input.path() + ": " + e.getMessage());
    }
    List<String> columns = new ArrayList<>();
    int first = 0;
    if (input.header() && !lines.isEmpty()) {
      columns.addAll(lines.get(0));
      first = 1;
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = first; i < lines.size(); i++) {
      List<String> line = lines.get(i);
      if (input.header() && line.size() != columns.size()) {
        throw new BusinessException(
            "BAD_CSV",
            input.path()
                + " row "
                + (i + 1)
                + " has "
                + line.size()
                + " fields but the header has "
                + columns.size());
      }
      Map<String, Object> row = new LinkedHashMap<>();
      for (int c = 0; c < line.size(); c++) {
        row.put(input.header() ? columns.get(c) : String.valueOf(c + 1), line.get(c));
      }
      rows.add(row);
    }
    return new Output(rows, rows.size());
  }

  static char delimiter(String text) {
    if (text == null || text.length() != 1) {
      throw new BusinessException(
          "BAD_CSV", "the delimiter must be one character, not '" + text + "'");
    }
    return text.charAt(0);
  }
}
