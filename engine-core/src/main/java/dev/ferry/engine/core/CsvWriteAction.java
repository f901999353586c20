package dev.ferry.engine.core;

import dev.ferry.engine.expr.Values;
import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.ActionContext;
import dev.ferry.engine.spi.Param;
import dev.ferry.engine.spi.SystemException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code csv.write}: writes rows to a CSV file in the work directory. */
final class CsvWriteAction implements Action<CsvWriteAction.Input, CsvWriteAction.Output> {

  record Input(
      @Param("A path relative to the work directory.") String path,
      @Param("The rows: a list of maps of column name to value.") List<Map<String, Object>> rows,
      @Param(value = "The columns, in order; by default every key of the rows.", optional = true)
          List<String> columns,
      @Param(value = "The field separator.", defaultValue = ",") String delimiter) {}

  record Output(String path, long count) {}

  @Override
  public String name() {
    return "csv.write";
  }

  @Override
  public String description() {
    return "Writes a list of rows to a CSV file in the work directory, with a header line.";
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
    List<Map<String, Object>> rows = input.rows() == null ? List.of() : input.rows();
    List<String> columns = input.columns();
    if (columns == null) {
      Set<String> keys = new LinkedHashSet<>();
      rows.forEach(row -> keys.addAll(row.keySet()));
      columns = List.copyOf(keys);
    }
    List<List<String>> lines = new ArrayList<>();
    lines.add(columns);
    for (Map<String, Object> row : rows) {
      List<String> line = new ArrayList<>();
      for (String column : columns) {
        line.add(Values.toText(row.get(column)));
      }
      lines.add(line);
    }
    Path file = WorkDirectory.resolve(context.workDirectory(), input.path());
    try {
      FileWriteAction.write(
          file, Csv.format(lines, CsvReadAction.delimiter(input.delimiter())), false);
    } catch (IOException e) {
      throw new SystemException("cannot write " + input.path() + ": " + e.getMessage(), e);
    }
    return new Output(input.path(), rows.size());
  }
}
