package dev.ferry.connector.terminal.action;

import dev.ferry.connector.terminal.Screen;
import dev.ferry.connector.terminal.TerminalException;
import dev.ferry.connector.terminal.internal.TerminalStep;
import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.ActionContext;
import dev.ferry.engine.spi.BusinessException;
import dev.ferry.engine.spi.Param;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code terminal.read-table}: reads a subfile or list screen into rows, paging with Roll Up (or
 * the given key) until the end marker shows, the page stops changing, or {@code max-pages}.
 */
public final class ReadTableAction
    implements Action<ReadTableAction.Input, ReadTableAction.Output> {

  /**
   * @param firstRow the first row of the list area
   * @param lastRow the last row of the list area
   * @param columns column name to where it is: {@code col} and {@code length} (row is ignored)
   * @param pageKey the key that shows the next page
   * @param endText text shown on the last page, such as {@code Bottom}
   * @param maxPages a safety limit
   * @param timeout how long to wait for each page
   */
  public record Input(
      @Param("first row of the list") int firstRow,
      @Param("last row of the list") int lastRow,
      @Param("column name to {col, length}") Map<String, Column> columns,
      @Param(value = "key for the next page", defaultValue = "roll-up") String pageKey,
      @Param(value = "text that marks the last page", defaultValue = "Bottom") String endText,
      @Param(value = "at most this many pages", defaultValue = "100") Integer maxPages,
      @Param(value = "how long to wait for each page", optional = true) Duration timeout) {
    public Input {
      Objects.requireNonNull(columns, "columns");
      if (columns.isEmpty()) {
        throw new IllegalArgumentException("columns cannot be empty");
      }
      columns = new LinkedHashMap<>(columns);
      if (firstRow < 1 || lastRow < firstRow) {
        throw new IllegalArgumentException("need 1 <= first-row <= last-row");
      }
      pageKey = pageKey == null ? "roll-up" : pageKey;
      endText = endText == null ? "Bottom" : endText;
      maxPages = maxPages == null ? 100 : maxPages;
      if (maxPages < 1) {
        throw new IllegalArgumentException("max-pages must be at least 1");
      }
    }
  }

  /** Where a column is on each row. */
  public record Column(
      @Param("1-based column") int col, @Param("number of characters") int length) {
    public Column {
      if (col < 1 || length < 1) {
        throw new IllegalArgumentException("col starts at 1 and length is at least 1");
      }
    }
  }

  /**
   * @param rows one map per non-blank row, column name to stripped text, in screen order
   * @param pages how many pages were read
   */
  public record Output(List<Map<String, String>> rows, int pages) {
    public Output {
      rows = List.copyOf(rows);
    }
  }

  @Override
  public String name() {
    return "terminal.read-table";
  }

  @Override
  public String description() {
    return "Reads a subfile or list into rows, paging with Roll Up until the end.";
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
    var key = Keys.parse(input.pageKey(), "page-key");
    TerminalStep step = TerminalStep.begin(context);
    Screen screen = step.terminal().screen();
    if (input.lastRow() > screen.rows()) {
      throw new BusinessException(
          "AREA_OUTSIDE_SCREEN",
          "last-row " + input.lastRow() + " is below the " + screen.rows() + "-row screen.");
    }
    List<Map<String, String>> rows = new ArrayList<>();
    int pages = 0;
    while (true) {
      pages++;
      rows.addAll(readPage(screen, input));
      if (screen.contains(input.endText()) || pages >= input.maxPages()) {
        break;
      }
      if (context.isCancelled()) {
        throw new TerminalException("Cancelled while paging the list.", screen);
      }
      List<String> before = screen.lines().subList(input.firstRow() - 1, input.lastRow());
      step.terminal().press(key, step.timeout(input.timeout()));
      screen = step.terminal().screen();
      if (screen.lines().subList(input.firstRow() - 1, input.lastRow()).equals(before)) {
        // the host answered the page key with the same page: that was the last one
        break;
      }
    }
    step.end();
    return new Output(rows, pages);
  }

  private static List<Map<String, String>> readPage(Screen screen, Input input) {
    List<Map<String, String>> rows = new ArrayList<>();
    for (int r = input.firstRow(); r <= input.lastRow(); r++) {
      Map<String, String> row = new LinkedHashMap<>();
      boolean blank = true;
      for (Map.Entry<String, Column> c : input.columns().entrySet()) {
        Column col = c.getValue();
        int length = Math.min(col.length(), screen.cols() - col.col() + 1);
        String value = length > 0 ? screen.textAt(r, col.col(), length).strip() : "";
        blank &= value.isEmpty();
        row.put(c.getKey(), value);
      }
      if (!blank) {
        rows.add(row);
      }
    }
    return rows;
  }
}
