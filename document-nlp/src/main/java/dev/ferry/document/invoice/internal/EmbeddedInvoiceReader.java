package dev.ferry.document.invoice.internal;

import dev.ferry.document.invoice.Invoice;
import dev.ferry.document.invoice.InvoiceLine;
import dev.ferry.document.invoice.TaxLine;
import dev.ferry.document.layout.DocumentText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the e-invoice XML embedded in a hybrid PDF: UN/CEFACT Cross Industry Invoice (ZUGFeRD 1 and
 * 2, Factur-X, XRechnung CII) or OASIS UBL 2 (XRechnung UBL, Peppol).
 */
public final class EmbeddedInvoiceReader {
  private EmbeddedInvoiceReader() {}

  public static Optional<Invoice> read(DocumentText document) {
    for (DocumentText.Attachment a : document.attachments()) {
      if (!a.name().toLowerCase().endsWith(".xml")) {
        continue;
      }
      Optional<XmlTree> tree = XmlTree.parse(a.content());
      if (tree.isEmpty()) {
        continue;
      }
      String root = tree.get().name();
      String namespace = tree.get().element().getNamespaceURI();
      boolean ubl = namespace != null && namespace.contains("oasis");
      if (!ubl && tree.get().find("ExchangedDocument", "HeaderExchangedDocument").isPresent()) {
        return Optional.of(cii(tree.get(), a.name(), document.pages().size()));
      }
      if (ubl && ("Invoice".equals(root) || "CreditNote".equals(root))) {
        return Optional.of(UblReader.read(tree.get(), a.name(), document.pages().size()));
      }
    }
    return Optional.empty();
  }

  private static Invoice cii(XmlTree doc, String file, int pages) {
    XmlFields f = new XmlFields(file);
    XmlTree header = doc.find("ExchangedDocument", "HeaderExchangedDocument").orElse(doc);
    f.put(
        "number",
        header.children("ID").stream().findFirst().map(t -> t.element().getTextContent().trim()),
        "ExchangedDocument/ID");
    f.put(
        "date",
        XmlFields.date(
            header.text("IssueDateTime", "DateTimeString").or(() -> header.text("IssueDateTime"))),
        "ExchangedDocument/IssueDateTime");
    Optional<XmlTree> seller = doc.find("SellerTradeParty");
    f.put(
        "vendor",
        seller
            .flatMap(s -> s.children("Name").stream().findFirst())
            .map(n -> n.element().getTextContent().trim()),
        "SellerTradeParty/Name");
    f.put(
        "purchaseOrder",
        doc.text("BuyerOrderReferencedDocument", "IssuerAssignedID"),
        "BuyerOrderReferencedDocument/IssuerAssignedID");
    XmlTree settlement =
        doc.find("ApplicableHeaderTradeSettlement", "ApplicableSupplyChainTradeSettlement")
            .orElse(doc);
    Optional<String> currency = settlement.text("InvoiceCurrencyCode");
    f.put("currency", currency, "InvoiceCurrencyCode");
    f.put(
        "iban",
        settlement
            .text("PayeePartyCreditorFinancialAccount", "IBANID")
            .map(s -> s.replace(" ", "")),
        "PayeePartyCreditorFinancialAccount/IBANID");
    f.put(
        "dueDate",
        XmlFields.date(
            settlement
                .text("SpecifiedTradePaymentTerms", "DueDateDateTime", "DateTimeString")
                .or(() -> settlement.text("SpecifiedTradePaymentTerms", "DueDateDateTime"))),
        "SpecifiedTradePaymentTerms/DueDateDateTime");
    Optional<XmlTree> sums =
        settlement.find(
            "SpecifiedTradeSettlementHeaderMonetarySummation",
            "SpecifiedTradeSettlementMonetarySummation");
    if (sums.isPresent()) {
      XmlTree s = sums.get();
      f.put(
          "net",
          XmlFields.decimal(s.text("TaxBasisTotalAmount")),
          "MonetarySummation/TaxBasisTotalAmount");
      f.put(
          "tax",
          XmlFields.decimal(taxTotal(s, currency.orElse(""))),
          "MonetarySummation/TaxTotalAmount");
      f.put(
          "total",
          XmlFields.decimal(s.text("GrandTotalAmount")),
          "MonetarySummation/GrandTotalAmount");
    }
    List<TaxLine> taxes = new ArrayList<>();
    for (XmlTree t : settlement.findAll("ApplicableTradeTax")) {
      Optional<BigDecimal> amount = XmlFields.decimal(t.text("CalculatedAmount"));
      if (amount.isPresent()) {
        BigDecimal rate =
            XmlFields.decimal(t.text("RateApplicablePercent"))
                .or(() -> XmlFields.decimal(t.text("ApplicablePercent")))
                .orElse(null);
        taxes.add(
            new TaxLine(
                rate,
                XmlFields.decimal(t.text("BasisAmount")).orElse(null),
                amount.get(),
                f.source(amount.get(), "ApplicableTradeTax/CalculatedAmount")));
      }
    }
    List<InvoiceLine> lines = new ArrayList<>();
    for (XmlTree item : doc.findAll("IncludedSupplyChainTradeLineItem")) {
      String name = item.text("SpecifiedTradeProduct", "Name").orElse("");
      BigDecimal total = XmlFields.decimal(item.text("LineTotalAmount")).orElse(null);
      lines.add(
          new InvoiceLine(
              name,
              XmlFields.decimal(item.text("BilledQuantity")).orElse(null),
              XmlFields.decimal(item.text("NetPriceProductTradePrice", "ChargeAmount"))
                  .orElse(null),
              total,
              f.source(name, "IncludedSupplyChainTradeLineItem/SpecifiedTradeProduct/Name")));
    }
    return build(f, taxes, lines, pages);
  }

  /** ZUGFeRD may repeat the tax total in the accounting currency; take the invoice's. */
  private static Optional<String> taxTotal(XmlTree sums, String currency) {
    List<XmlTree> all = sums.findAll("TaxTotalAmount");
    for (XmlTree t : all) {
      String c = t.attribute("currencyID");
      if (c.isEmpty() || c.equals(currency)) {
        return Optional.of(t.element().getTextContent().trim());
      }
    }
    return all.stream().findFirst().map(t -> t.element().getTextContent().trim());
  }

  static Invoice build(XmlFields f, List<TaxLine> taxes, List<InvoiceLine> lines, int pages) {
    return new Invoice(
        f.get("vendor"),
        f.get("number"),
        f.get("date"),
        f.get("dueDate"),
        f.get("currency"),
        f.get("net"),
        f.get("tax"),
        f.get("total"),
        f.get("purchaseOrder"),
        f.get("iban"),
        taxes,
        lines,
        f.provenance(),
        "EMBEDDED_XML",
        pages);
  }
}
