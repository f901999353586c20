package dev.ferry.document.invoice.internal;

import dev.ferry.document.invoice.Invoice;
import dev.ferry.document.invoice.InvoiceLine;
import dev.ferry.document.invoice.TaxLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads an OASIS UBL 2 invoice or credit note. */
final class UblReader {
  private UblReader() {}

  static Invoice read(XmlTree doc, String file, int pages) {
    XmlFields f = new XmlFields(file);
    f.put("number", direct(doc, "ID"), "Invoice/ID");
    f.put("date", XmlFields.date(direct(doc, "IssueDate")), "Invoice/IssueDate");
    f.put(
        "dueDate",
        XmlFields.date(direct(doc, "DueDate").or(() -> doc.text("PaymentMeans", "PaymentDueDate"))),
        "Invoice/DueDate");
    f.put("currency", direct(doc, "DocumentCurrencyCode"), "Invoice/DocumentCurrencyCode");
    Optional<XmlTree> supplier = doc.find("AccountingSupplierParty");
    f.put(
        "vendor",
        supplier.flatMap(
            s ->
                s.text("PartyLegalEntity", "RegistrationName")
                    .or(() -> s.text("PartyName", "Name"))),
        "AccountingSupplierParty/Party");
    f.put("purchaseOrder", doc.text("OrderReference", "ID"), "OrderReference/ID");
    f.put(
        "iban",
        doc.text("PayeeFinancialAccount", "ID").map(s -> s.replace(" ", "")),
        "PaymentMeans/PayeeFinancialAccount/ID");
    Optional<XmlTree> totals = doc.find("LegalMonetaryTotal");
    totals.ifPresent(
        t -> {
          f.put(
              "net",
              XmlFields.decimal(t.text("TaxExclusiveAmount")),
              "LegalMonetaryTotal/TaxExclusiveAmount");
          f.put(
              "total",
              XmlFields.decimal(t.text("TaxInclusiveAmount")),
              "LegalMonetaryTotal/TaxInclusiveAmount");
        });
    List<TaxLine> taxes = new ArrayList<>();
    for (XmlTree taxTotal : doc.children("TaxTotal")) {
      if (f.<BigDecimal>get("tax") == null) {
        f.put("tax", XmlFields.decimal(direct(taxTotal, "TaxAmount")), "TaxTotal/TaxAmount");
      }
      for (XmlTree sub : taxTotal.children("TaxSubtotal")) {
        Optional<BigDecimal> amount = XmlFields.decimal(direct(sub, "TaxAmount"));
        amount.ifPresent(
            a ->
                taxes.add(
                    new TaxLine(
                        XmlFields.decimal(sub.text("TaxCategory", "Percent")).orElse(null),
                        XmlFields.decimal(direct(sub, "TaxableAmount")).orElse(null),
                        a,
                        f.source(a, "TaxSubtotal/TaxAmount"))));
      }
    }
    List<InvoiceLine> lines = new ArrayList<>();
    List<XmlTree> items = new ArrayList<>(doc.children("InvoiceLine"));
    items.addAll(doc.children("CreditNoteLine"));
    for (XmlTree item : items) {
      String name = item.text("Item", "Name").orElse("");
      lines.add(
          new InvoiceLine(
              name,
              XmlFields.decimal(
                      direct(item, "InvoicedQuantity").or(() -> direct(item, "CreditedQuantity")))
                  .orElse(null),
              XmlFields.decimal(item.text("Price", "PriceAmount")).orElse(null),
              XmlFields.decimal(direct(item, "LineExtensionAmount")).orElse(null),
              f.source(name, "InvoiceLine/Item/Name")));
    }
    return EmbeddedInvoiceReader.build(f, taxes, lines, pages);
  }

  private static Optional<String> direct(XmlTree parent, String name) {
    return parent.children(name).stream()
        .findFirst()
        .map(t -> t.element().getTextContent().trim())
        .filter(s -> !s.isEmpty());
  }
}
