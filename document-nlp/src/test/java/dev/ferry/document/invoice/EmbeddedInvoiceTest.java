package dev.ferry.document.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.document.testing.TestPdf;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedInvoiceTest {
  static final String CII =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
          xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
          xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
        <rsm:ExchangedDocument>
          <ram:ID>FX-2024-1</ram:ID><ram:TypeCode>380</ram:TypeCode>
          <ram:IssueDateTime><udt:DateTimeString format="102">20240305</udt:DateTimeString></ram:IssueDateTime>
        </rsm:ExchangedDocument>
        <rsm:SupplyChainTradeTransaction>
          <ram:IncludedSupplyChainTradeLineItem>
            <ram:SpecifiedTradeProduct><ram:Name>Kaffee</ram:Name></ram:SpecifiedTradeProduct>
            <ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice><ram:ChargeAmount>10.00</ram:ChargeAmount></ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement>
            <ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="H87">2</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>
            <ram:SpecifiedLineTradeSettlement><ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>20.00</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation></ram:SpecifiedLineTradeSettlement>
          </ram:IncludedSupplyChainTradeLineItem>
          <ram:ApplicableHeaderTradeAgreement>
            <ram:SellerTradeParty><ram:Name>Rösterei Braun GmbH</ram:Name></ram:SellerTradeParty>
            <ram:BuyerTradeParty><ram:Name>Café Eck</ram:Name></ram:BuyerTradeParty>
            <ram:BuyerOrderReferencedDocument><ram:IssuerAssignedID>PO-9</ram:IssuerAssignedID></ram:BuyerOrderReferencedDocument>
          </ram:ApplicableHeaderTradeAgreement>
          <ram:ApplicableHeaderTradeSettlement>
            <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
            <ram:SpecifiedTradeSettlementPaymentMeans><ram:PayeePartyCreditorFinancialAccount><ram:IBANID>DE89370400440532013000</ram:IBANID></ram:PayeePartyCreditorFinancialAccount></ram:SpecifiedTradeSettlementPaymentMeans>
            <ram:ApplicableTradeTax><ram:CalculatedAmount>1.40</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount>20.00</ram:BasisAmount><ram:RateApplicablePercent>7</ram:RateApplicablePercent></ram:ApplicableTradeTax>
            <ram:SpecifiedTradePaymentTerms><ram:DueDateDateTime><udt:DateTimeString format="102">20240404</udt:DateTimeString></ram:DueDateDateTime></ram:SpecifiedTradePaymentTerms>
            <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
              <ram:LineTotalAmount>20.00</ram:LineTotalAmount><ram:TaxBasisTotalAmount>20.00</ram:TaxBasisTotalAmount>
              <ram:TaxTotalAmount currencyID="EUR">1.40</ram:TaxTotalAmount><ram:GrandTotalAmount>21.40</ram:GrandTotalAmount>
              <ram:DuePayableAmount>21.40</ram:DuePayableAmount>
            </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
          </ram:ApplicableHeaderTradeSettlement>
        </rsm:SupplyChainTradeTransaction>
      </rsm:CrossIndustryInvoice>
      """
          .strip();

  static final String UBL =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
          xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
          xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
        <cbc:ID>UBL-77</cbc:ID><cbc:IssueDate>2024-06-01</cbc:IssueDate><cbc:DueDate>2024-07-01</cbc:DueDate>
        <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
        <cac:OrderReference><cbc:ID>ORD-5</cbc:ID></cac:OrderReference>
        <cac:AccountingSupplierParty><cac:Party><cac:PartyLegalEntity><cbc:RegistrationName>Van Dijk B.V.</cbc:RegistrationName></cac:PartyLegalEntity></cac:Party></cac:AccountingSupplierParty>
        <cac:PaymentMeans><cac:PayeeFinancialAccount><cbc:ID>NL91ABNA0417164300</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>
        <cac:TaxTotal><cbc:TaxAmount currencyID="EUR">21.00</cbc:TaxAmount>
          <cac:TaxSubtotal><cbc:TaxableAmount currencyID="EUR">100.00</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">21.00</cbc:TaxAmount>
            <cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>21</cbc:Percent></cac:TaxCategory></cac:TaxSubtotal></cac:TaxTotal>
        <cac:LegalMonetaryTotal><cbc:LineExtensionAmount currencyID="EUR">100.00</cbc:LineExtensionAmount>
          <cbc:TaxExclusiveAmount currencyID="EUR">100.00</cbc:TaxExclusiveAmount><cbc:TaxInclusiveAmount currencyID="EUR">121.00</cbc:TaxInclusiveAmount>
          <cbc:PayableAmount currencyID="EUR">121.00</cbc:PayableAmount></cac:LegalMonetaryTotal>
        <cac:InvoiceLine><cbc:ID>1</cbc:ID><cbc:InvoicedQuantity unitCode="HUR">4</cbc:InvoicedQuantity>
          <cbc:LineExtensionAmount currencyID="EUR">100.00</cbc:LineExtensionAmount>
          <cac:Item><cbc:Name>Advies</cbc:Name></cac:Item><cac:Price><cbc:PriceAmount currencyID="EUR">25.00</cbc:PriceAmount></cac:Price></cac:InvoiceLine>
      </Invoice>
      """
          .strip();

  @TempDir Path dir;
  private final InvoiceExtractor extractor = new InvoiceExtractor();

  @Test
  void prefersTheFacturXXmlEmbeddedInAPdf() {
    Path pdf =
        new TestPdf()
            .text(50, 50, "Rechnung FX-2024-1 (siehe XML)")
            .attach("factur-x.xml", CII)
            .save(dir.resolve("fx.pdf"));
    Invoice i = extractor.extract(pdf);
    assertThat(i.source()).isEqualTo("EMBEDDED_XML");
    assertThat(i.vendor()).isEqualTo("Rösterei Braun GmbH");
    assertThat(i.number()).isEqualTo("FX-2024-1");
    assertThat(i.date()).isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(i.dueDate()).isEqualTo(LocalDate.of(2024, 4, 4));
    assertThat(i.currency()).isEqualTo("EUR");
    assertThat(i.net()).isEqualByComparingTo("20.00");
    assertThat(i.tax()).isEqualByComparingTo("1.40");
    assertThat(i.total()).isEqualByComparingTo("21.40");
    assertThat(i.purchaseOrder()).isEqualTo("PO-9");
    assertThat(i.iban()).isEqualTo("DE89370400440532013000");
    assertThat(i.taxLines())
        .singleElement()
        .satisfies(t -> assertThat(t.ratePercent()).isEqualByComparingTo("7"));
    assertThat(i.lines())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.description()).isEqualTo("Kaffee");
              assertThat(l.quantity()).isEqualByComparingTo("2");
              assertThat(l.unitPrice()).isEqualByComparingTo("10.00");
              assertThat(l.amount()).isEqualByComparingTo("20.00");
            });
    Provenance number = i.provenance().get("number");
    assertThat(number.method()).isEqualTo(ExtractionMethod.EMBEDDED_XML);
    assertThat(number.evidence()).isEqualTo("factur-x.xml: ExchangedDocument/ID");
    assertThat(number.page()).isNull();
  }

  @Test
  void readsAUblInvoiceEmbeddedInAPdf() {
    Path pdf =
        new TestPdf()
            .text(50, 50, "Factuur UBL-77")
            .attach("xrechnung.xml", UBL)
            .save(dir.resolve("ubl.pdf"));
    Invoice i = extractor.extract(pdf);
    assertThat(i.source()).isEqualTo("EMBEDDED_XML");
    assertThat(i.vendor()).isEqualTo("Van Dijk B.V.");
    assertThat(i.number()).isEqualTo("UBL-77");
    assertThat(i.dueDate()).isEqualTo(LocalDate.of(2024, 7, 1));
    assertThat(i.total()).isEqualByComparingTo("121.00");
    assertThat(i.tax()).isEqualByComparingTo("21.00");
    assertThat(i.purchaseOrder()).isEqualTo("ORD-5");
    assertThat(i.lines())
        .singleElement()
        .satisfies(l -> assertThat(l.unitPrice()).isEqualByComparingTo("25.00"));
  }

  @Test
  void fallsBackToThePagesWhenTheEmbeddedXmlIsNotAnInvoice() {
    Path pdf =
        new TestPdf()
            .text(50, 50, "Invoice number: Z-1")
            .attach(
                "notes.xml", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>")
            .save(dir.resolve("other.pdf"));
    Invoice i = extractor.extract(pdf);
    assertThat(i.source()).isEqualTo("LAYOUT");
    assertThat(i.number()).isEqualTo("Z-1");
  }

  @Test
  void fillsFieldsTheXmlLacksFromThePages() {
    String minimum =
        CII.replace(
            "<ram:SpecifiedTradePaymentTerms><ram:DueDateDateTime><udt:DateTimeString"
                + " format=\"102\">20240404</udt:DateTimeString></ram:DueDateDateTime>"
                + "</ram:SpecifiedTradePaymentTerms>",
            "");
    Path pdf =
        new TestPdf()
            .text(50, 50, "Rechnung FX-2024-1")
            .text(50, 70, "Fällig am: 04.04.2024")
            .attach("factur-x.xml", minimum)
            .save(dir.resolve("minimum.pdf"));
    Invoice i = extractor.extract(pdf);
    assertThat(i.source()).isEqualTo("EMBEDDED_XML");
    assertThat(i.dueDate()).isEqualTo(LocalDate.of(2024, 4, 4));
    assertThat(i.provenance().get("dueDate").method()).isEqualTo(ExtractionMethod.RULE);
    assertThat(i.provenance().get("dueDate").page()).isEqualTo(1);
    assertThat(i.provenance().get("number").method()).isEqualTo(ExtractionMethod.EMBEDDED_XML);
  }

  @Test
  void ignoresTheEmbeddedXmlWhenAskedToReadThePages() {
    Path pdf =
        new TestPdf()
            .text(50, 50, "Invoice number: PAGE-1")
            .attach("factur-x.xml", CII)
            .save(dir.resolve("both.pdf"));
    Invoice i = extractor.fromLayout(extractor.reader().read(pdf));
    assertThat(i.number()).isEqualTo("PAGE-1");
  }
}
