package dev.ferry.bench.document;

import dev.ferry.document.invoice.InvoiceLine;
import java.util.ArrayList;
import java.util.List;

/** Pairs expected line items with extracted ones: by amount when known, else by name. */
final class LineMatcher {
  private LineMatcher() {}

  static int matched(List<Expected.Line> expected, List<InvoiceLine> predicted) {
    List<InvoiceLine> left = new ArrayList<>(predicted);
    int matched = 0;
    for (Expected.Line e : expected) {
      InvoiceLine hit = null;
      for (InvoiceLine p : left) {
        boolean amount = e.amount() == null || Lenient.sameAmount(e.amount(), p.amount());
        boolean name = e.name() == null || Lenient.sameName(firstLine(e.name()), p.description());
        if (amount && (e.amount() != null || name)) {
          hit = p;
          break;
        }
      }
      if (hit != null) {
        left.remove(hit);
        matched++;
      }
    }
    return matched;
  }

  private static String firstLine(String s) {
    return s.split("\n")[0];
  }
}
