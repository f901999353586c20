package dev.ferry.document.invoice.internal;

import dev.ferry.document.invoice.Invoice;
import dev.ferry.document.invoice.InvoiceLine;
import dev.ferry.document.invoice.Provenance;
import dev.ferry.document.invoice.TaxLine;
import dev.ferry.document.layout.DocumentText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads an invoice from the words on its pages, without templates. */
public final class LayoutInvoiceReader {
  private LayoutInvoiceReader() {}

  public static Invoice read(DocumentText document) {
    Optional<Pick> dominantCurrency = Currencies.dominant(document);
    int evidence = DateParser.monthFirstEvidence(document.text());
    boolean monthFirst =
        evidence != 0
            ? evidence > 0
            : dominantCurrency.map(p -> p.value().equals("USD")).orElse(false);
    FieldCandidates candidates = new FieldCandidates(monthFirst).collect(document);
    Map<Labels, List<Pick>> picks = candidates.picks();

    Map<String, Pick> chosen = new HashMap<>();
    first(picks.get(Labels.NUMBER)).ifPresent(p -> chosen.put("number", p));
    first(picks.get(Labels.DATE)).ifPresent(p -> chosen.put("date", p));
    first(picks.get(Labels.DUE_DATE))
        .filter(due -> !chosen.containsKey("date") || !date(due).isBefore(date(chosen.get("date"))))
        .ifPresent(p -> chosen.put("dueDate", p));
    first(picks.get(Labels.CURRENCY))
        .or(() -> dominantCurrency)
        .ifPresent(p -> chosen.put("currency", p));
    first(picks.get(Labels.PURCHASE_ORDER))
        .filter(
            po -> !chosen.containsKey("number") || !po.value().equals(chosen.get("number").value()))
        .ifPresent(p -> chosen.put("purchaseOrder", p));
    candidates.ibans().stream().findFirst().ifPresent(p -> chosen.put("iban", p));
    VendorFinder.find(document).ifPresent(p -> chosen.put("vendor", p));

    List<TaxLine> taxLines = TaxLineReader.read(document);
    MoneyReconciler.Totals totals =
        MoneyReconciler.choose(
            picks.get(Labels.NET), picks.get(Labels.TAX), picks.get(Labels.TOTAL), taxLines);
    if (totals.net() != null) {
      chosen.put("net", totals.net());
    }
    if (totals.tax() != null) {
      chosen.put("tax", totals.tax());
    }
    if (totals.total() != null) {
      chosen.put("total", totals.total());
    }
    List<InvoiceLine> lines = confirmLines(LineItemReader.read(document), totals);

    Map<String, Provenance> provenance = new HashMap<>();
    chosen.forEach((k, v) -> provenance.put(k, v.provenance()));
    return new Invoice(
        text(chosen, "vendor"),
        text(chosen, "number"),
        chosen.containsKey("date") ? date(chosen.get("date")) : null,
        chosen.containsKey("dueDate") ? date(chosen.get("dueDate")) : null,
        text(chosen, "currency"),
        money(chosen, "net"),
        money(chosen, "tax"),
        money(chosen, "total"),
        text(chosen, "purchaseOrder"),
        text(chosen, "iban"),
        taxLines,
        lines,
        provenance,
        "LAYOUT",
        document.pages().size());
  }

  /** Lines whose amounts add up to the net total (or the gross) are confirmed. */
  private static List<InvoiceLine> confirmLines(
      List<InvoiceLine> lines, MoneyReconciler.Totals totals) {
    BigDecimal sum =
        lines.stream()
            .map(InvoiceLine::amount)
            .filter(a -> a != null)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    boolean matches = !lines.isEmpty() && (equal(sum, totals.net()) || equal(sum, totals.total()));
    if (!matches) {
      return lines;
    }
    return lines.stream()
        .map(
            l ->
                new InvoiceLine(
                    l.description(),
                    l.quantity(),
                    l.unitPrice(),
                    l.amount(),
                    new Provenance(
                        l.source().value(),
                        l.source().page(),
                        l.source().box(),
                        l.source().method(),
                        l.source().confidence().max(new BigDecimal("0.95")),
                        l.source().evidence())))
        .toList();
  }

  private static boolean equal(BigDecimal sum, Pick p) {
    return p != null
        && ((BigDecimal) p.value()).subtract(sum).abs().compareTo(new BigDecimal("0.011")) <= 0;
  }

  /** The most confident pick; among equals, the first in reading order. */
  private static Optional<Pick> first(List<Pick> picks) {
    return picks.stream()
        .max(
            Comparator.comparingDouble(Pick::confidence)
                .thenComparing(Comparator.comparingInt(Pick::order).reversed()));
  }

  private static LocalDate date(Pick p) {
    return (LocalDate) p.value();
  }

  private static String text(Map<String, Pick> chosen, String key) {
    return chosen.containsKey(key) ? chosen.get(key).value().toString() : null;
  }

  private static BigDecimal money(Map<String, Pick> chosen, String key) {
    return chosen.containsKey(key) ? (BigDecimal) chosen.get(key).value() : null;
  }
}
