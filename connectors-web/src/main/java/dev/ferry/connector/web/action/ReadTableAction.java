package dev.ferry.connector.web.action;

import com.microsoft.playwright.Locator;
import dev.ferry.connector.web.internal.Polling;
import dev.ferry.connector.web.internal.WebStep;
import dev.ferry.engine.spi.Evidence;
import dev.ferry.engine.spi.Param;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code web.read-table}: reads an HTML table into rows keyed by column header, following a "next
 * page" element until it disappears or is disabled.
 */
public final class ReadTableAction
    extends WebAction<ReadTableAction.Input, ReadTableAction.Output> {
  private static final int MAX_EVIDENCE_CHARS = 20_000;
  private static final String READ =
      """
      t => {
        const text = c => c.innerText.trim();
        const headerRow = t.tHead && t.tHead.rows.length ? t.tHead.rows[0]
          : (t.rows.length && t.rows[0].querySelector('th') ? t.rows[0] : null);
        const headers = headerRow ? Array.from(headerRow.cells, text) : [];
        const rows = [];
        for (const body of t.tBodies) {
          for (const r of body.rows) {
            if (r !== headerRow) rows.push(Array.from(r.cells, text));
          }
        }
        return { headers, rows };
      }
      """;

  /**
   * @param selector the {@code <table>}
   * @param nextPage the element that shows the next page; null to read one page
   * @param maxPages how many pages to read at most; null means 50
   */
  public record Input(
      @Param("The table: CSS, text=... or role=...") String selector,
      @Param(
              value = "The link or button to the next page, when the table has pages",
              optional = true)
          String nextPage,
      @Param(value = "The most pages to read", defaultValue = "50") Integer maxPages) {
    public Input {
      Selectors.require(selector, "selector");
      if (nextPage != null) {
        Selectors.require(nextPage, "next-page");
      }
      maxPages = maxPages == null ? 50 : maxPages;
      if (maxPages < 1) {
        throw new IllegalArgumentException("max-pages must be at least 1: " + maxPages);
      }
    }
  }

  /**
   * @param rows one map per row, from column header (or {@code column1}...) to cell text
   * @param rowCount how many rows were read
   * @param pages how many pages were read
   */
  public record Output(List<Map<String, String>> rows, int rowCount, int pages) {}

  public ReadTableAction() {
    super(
        "web.read-table",
        "Reads an HTML table into a list of rows, across pages.",
        Input.class,
        Output.class);
  }

  @Override
  public boolean idempotent() {
    return true;
  }

  @Override
  String target(Input input) {
    return input.selector();
  }

  @Override
  Output run(Input input, WebStep step) {
    List<Map<String, String>> rows = new ArrayList<>();
    Locator table = step.locateAttached(input.selector());
    int pages = 0;
    while (true) {
      rows.addAll(readPage(table));
      pages++;
      if (input.nextPage() == null || !hasNext(step.locate(input.nextPage()))) {
        break;
      }
      if (pages == input.maxPages()) {
        throw step.fail(
            "web.read-table stopped after max-pages "
                + pages
                + " pages of '"
                + input.selector()
                + "', but '"
                + input.nextPage()
                + "' still offers more. Raise max-pages or narrow the table first.",
            input.selector());
      }
      String before = table.innerText();
      step.locate(input.nextPage()).click();
      waitForChange(step, table, before);
    }
    step.context()
        .evidence()
        .record(
            Evidence.text(Evidence.Kind.FIELDS, "read " + input.selector(), summary(rows, pages)));
    return new Output(List.copyOf(rows), rows.size(), pages);
  }

  /** What was read, cut short for very large tables so that the evidence stays readable. */
  private static String summary(List<Map<String, String>> rows, int pages) {
    String text = rows.size() + " rows from " + pages + " page(s): " + rows;
    return text.length() <= MAX_EVIDENCE_CHARS
        ? text
        : text.substring(0, MAX_EVIDENCE_CHARS)
            + "... (cut at "
            + MAX_EVIDENCE_CHARS
            + " characters)";
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, String>> readPage(Locator table) {
    Map<String, Object> read = (Map<String, Object>) table.evaluate(READ);
    List<String> headers = (List<String>) read.get("headers");
    List<Map<String, String>> rows = new ArrayList<>();
    for (List<String> cells : (List<List<String>>) read.get("rows")) {
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < cells.size(); i++) {
        String header = i < headers.size() ? headers.get(i) : "";
        String key = header.isBlank() || row.containsKey(header) ? "column" + (i + 1) : header;
        row.put(key, cells.get(i));
      }
      rows.add(row);
    }
    return rows;
  }

  private static boolean hasNext(Locator next) {
    if (next.count() == 0) {
      return false;
    }
    Locator first = next.first();
    return first.isVisible()
        && first.isEnabled()
        && !"true".equals(first.getAttribute("aria-disabled"));
  }

  /** Waits until the table shows other rows, whether the next page reloads or redraws it. */
  private static void waitForChange(WebStep step, Locator table, String before) {
    boolean changed =
        Polling.until(
            () -> table.count() == 1 && !table.innerText().equals(before), step.timeoutMillis());
    if (!changed) {
      throw step.fail(
          "web.read-table clicked the next page, but the table did not change within "
              + step.timeoutMillis()
              + " ms.",
          table.toString());
    }
  }
}
