package dev.ferry.engine.audit.report.internal;

import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A table with a bold header row. Each cell wraps within its column; a row that does not fit moves
 * to the next page, where the header is repeated.
 */
final class TableBlock {
  private final PageFlow flow;
  private final List<String> headers;
  private final float[] widths;
  private final float size;
  private final float leading;

  TableBlock(PageFlow flow, List<String> headers, float[] widths, float size) {
    this.flow = flow;
    this.headers = headers;
    this.widths = widths;
    this.size = size;
    this.leading = size * 1.3f;
  }

  void write(List<List<String>> rows) throws IOException {
    header();
    for (List<String> row : rows) {
      List<List<String>> cells = wrap(row, flow.fonts().regular());
      int height = cells.stream().mapToInt(List::size).max().orElse(1);
      if (!flow.fits(height * leading + 2)) {
        flow.newPage();
        header();
      }
      draw(cells, flow.fonts().regular(), height);
    }
  }

  private void header() throws IOException {
    List<List<String>> cells = wrap(headers, flow.fonts().bold());
    int height = cells.stream().mapToInt(List::size).max().orElse(1);
    flow.ensure(height * leading + 2);
    draw(cells, flow.fonts().bold(), height);
    flow.lineAcross(1);
  }

  private List<List<String>> wrap(List<String> row, PDFont font) {
    Wrapping wrapping = new Wrapping(flow.fonts(), font, size);
    return IntStream.range(0, widths.length)
        .mapToObj(
            i ->
                wrapping.lines(
                    i < row.size() && row.get(i) != null ? row.get(i) : "", widths[i] - 4))
        .toList();
  }

  private void draw(List<List<String>> cells, PDFont font, int height) throws IOException {
    float x = PageFlow.MARGIN;
    float top = flow.top();
    for (int c = 0; c < cells.size(); c++) {
      List<String> lines = cells.get(c);
      for (int l = 0; l < lines.size(); l++) {
        flow.text(x, top - size - l * leading, lines.get(l), font, size);
      }
      x += widths[c];
    }
    flow.advance(height * leading + 2);
  }
}
