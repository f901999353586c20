package dev.ferry.document.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The fields of an invoice. Any field that was not found is null (lists are empty), and every field
 * that was found has an entry in {@link #provenance()} under its component name ({@code number},
 * {@code total} ...).
 *
 * @param vendor the issuer's name
 * @param number the invoice number
 * @param date the invoice date
 * @param dueDate when payment is due
 * @param currency ISO 4217 code, such as {@code EUR}
 * @param net the total without tax
 * @param tax the total tax
 * @param total the gross total, tax included
 * @param purchaseOrder the buyer's order number
 * @param iban the payee's IBAN, without spaces
 * @param taxLines one per VAT rate
 * @param lines the line items
 * @param provenance where each found field came from, by field name
 * @param source {@code EMBEDDED_XML} when the fields came from an e-invoice, {@code TEMPLATE} when
 *     a vendor template matched, {@code LAYOUT} when read from the pages by the rules alone
 * @param pages the document's page count
 */
public record Invoice(
    String vendor,
    String number,
    LocalDate date,
    LocalDate dueDate,
    String currency,
    BigDecimal net,
    BigDecimal tax,
    BigDecimal total,
    String purchaseOrder,
    String iban,
    List<TaxLine> taxLines,
    List<InvoiceLine> lines,
    Map<String, Provenance> provenance,
    String source,
    int pages) {
  public Invoice {
    taxLines = List.copyOf(taxLines);
    lines = List.copyOf(lines);
    provenance = Map.copyOf(provenance);
  }

  /** The field names that {@link #provenance()} can hold. */
  public static final List<String> FIELDS =
      List.of(
          "vendor",
          "number",
          "date",
          "dueDate",
          "currency",
          "net",
          "tax",
          "total",
          "purchaseOrder",
          "iban");

  /**
   * This invoice with every field it lacks taken from {@code other}, with the other's provenance;
   * the source stays this one's.
   */
  public Invoice withMissingFrom(Invoice other) {
    Map<String, Provenance> merged = new java.util.HashMap<>(other.provenance);
    merged.putAll(provenance);
    return new Invoice(
        vendor != null ? vendor : other.vendor,
        number != null ? number : other.number,
        date != null ? date : other.date,
        dueDate != null ? dueDate : other.dueDate,
        currency != null ? currency : other.currency,
        net != null ? net : other.net,
        tax != null ? tax : other.tax,
        total != null ? total : other.total,
        purchaseOrder != null ? purchaseOrder : other.purchaseOrder,
        iban != null ? iban : other.iban,
        taxLines.isEmpty() ? other.taxLines : taxLines,
        lines.isEmpty() ? other.lines : lines,
        merged,
        source,
        pages);
  }

  /** The fields and their provenance as plain text, one per line, for evidence and logs. */
  public String describe() {
    StringBuilder b = new StringBuilder("source: ").append(source).append('\n');
    for (String field : FIELDS) {
      Provenance p = provenance.get(field);
      b.append(field).append(": ");
      if (p == null) {
        b.append("(not found)\n");
        continue;
      }
      b.append(p.value()).append("  [").append(p.method()).append(", confidence ");
      b.append(p.confidence());
      if (p.page() != null) {
        b.append(", page ").append(p.page()).append(" at ").append(p.box().x()).append(',');
        b.append(p.box().y()).append(' ').append(p.box().width()).append('x');
        b.append(p.box().height());
      }
      b.append("] from \"").append(p.evidence()).append("\"\n");
    }
    for (TaxLine t : taxLines) {
      b.append("tax line: ").append(t.ratePercent()).append("% of ").append(t.basis());
      b.append(" = ").append(t.amount()).append('\n');
    }
    for (InvoiceLine l : lines) {
      b.append("line: ").append(l.description()).append(" | ").append(l.quantity());
      b.append(" x ").append(l.unitPrice()).append(" = ").append(l.amount()).append('\n');
    }
    return b.toString();
  }
}
