package dev.ferry.bench.document;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The ground truth of one corpus invoice, in the fields Ferry extracts. */
record Expected(
    String vendor,
    String number,
    LocalDate date,
    LocalDate dueDate,
    String currency,
    BigDecimal net,
    BigDecimal tax,
    BigDecimal total,
    List<Line> lines) {

  /** A line item: its name and amount, either of which may be null. */
  record Line(String name, BigDecimal amount) {}

  /** invoice2data: a list of one record with issuer, invoice_number, date, amount ... */
  static Expected fromInvoice2data(JsonNode root) {
    JsonNode r = root.isArray() ? root.get(0) : root;
    List<Line> lines = new ArrayList<>();
    for (String key : List.of("lines", "line_items")) {
      for (JsonNode l : r.path(key)) {
        String name = text(l, "name") != null ? text(l, "name") : text(l, "item");
        if (name != null || l.has("price_subtotal")) {
          lines.add(new Line(name, decimal(l, "price_subtotal")));
        }
      }
    }
    return new Expected(
        text(r, "issuer"),
        text(r, "invoice_number"),
        date(r, "date"),
        date(r, "date_due"),
        text(r, "currency"),
        decimal(r, "amount_untaxed"),
        decimal(r, "amount_tax"),
        decimal(r, "amount"),
        lines);
  }

  /** The ZUGFeRD corpus: invoice_number, issue_date, due_date, seller.name, totals ... */
  static Expected fromZugferd(JsonNode r) {
    List<Line> lines = new ArrayList<>();
    for (JsonNode l : r.path("lines")) {
      lines.add(new Line(text(l, "name"), decimal(l, "line_total")));
    }
    JsonNode totals = r.path("totals");
    return new Expected(
        text(r.path("seller"), "name"),
        text(r, "invoice_number"),
        date(r, "issue_date"),
        date(r, "due_date"),
        text(r, "currency"),
        decimal(totals, "TaxBasisTotalAmount"),
        decimal(totals, "TaxTotalAmount"),
        decimal(totals, "GrandTotalAmount"),
        lines);
  }

  private static String text(JsonNode n, String key) {
    JsonNode v = n.get(key);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static BigDecimal decimal(JsonNode n, String key) {
    JsonNode v = n.get(key);
    if (v == null || v.isNull() || v.asText().isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(v.asText());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static LocalDate date(JsonNode n, String key) {
    String t = text(n, key);
    try {
      return t == null ? null : LocalDate.parse(t);
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }
}
