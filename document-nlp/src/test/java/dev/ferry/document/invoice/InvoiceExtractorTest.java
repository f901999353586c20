package dev.ferry.document.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.document.testing.SampleInvoices;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InvoiceExtractorTest {
  @TempDir Path dir;
  private final InvoiceExtractor extractor = new InvoiceExtractor();

  @Test
  void readsAnEnglishInvoiceWithLabelsAndValuesInOneCell() {
    Invoice i = extractor.extract(SampleInvoices.english(dir));
    assertThat(i.source()).isEqualTo("LAYOUT");
    assertThat(i.vendor()).isEqualTo("Northwind Traders Ltd");
    assertThat(i.number()).isEqualTo("INV-2024-00731");
    assertThat(i.date()).isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(i.dueDate()).isEqualTo(LocalDate.of(2024, 4, 4));
    assertThat(i.currency()).isEqualTo("GBP");
    assertThat(i.net()).isEqualByComparingTo("1745.47");
    assertThat(i.tax()).isEqualByComparingTo("349.09");
    assertThat(i.total()).isEqualByComparingTo("2094.56");
    assertThat(i.purchaseOrder()).isEqualTo("PO-88213");
    assertThat(i.iban()).isEqualTo("GB33BUKB20201555555555");
    assertThat(i.lines())
        .extracting(InvoiceLine::description, InvoiceLine::quantity, InvoiceLine::amount)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Consulting services, March", new BigDecimal("10"), new BigDecimal("1200.00")),
            org.assertj.core.groups.Tuple.tuple(
                "Travel expenses", new BigDecimal("1"), new BigDecimal("245.50")),
            org.assertj.core.groups.Tuple.tuple(
                "Software licence (annual)", new BigDecimal("3"), new BigDecimal("299.97")));
  }

  @Test
  void readsAGermanInvoiceWithValuesInTheNextColumn() {
    Invoice i = extractor.extract(SampleInvoices.german(dir));
    assertThat(i.vendor()).isEqualTo("Müller Bürotechnik GmbH");
    assertThat(i.number()).isEqualTo("RE-2024-0815");
    assertThat(i.date()).isEqualTo(LocalDate.of(2024, 2, 12));
    assertThat(i.dueDate()).isEqualTo(LocalDate.of(2024, 3, 13));
    assertThat(i.currency()).isEqualTo("EUR");
    assertThat(i.net()).isEqualByComparingTo("1519.80");
    assertThat(i.tax()).isEqualByComparingTo("288.76");
    assertThat(i.total()).isEqualByComparingTo("1808.56");
    assertThat(i.purchaseOrder()).isEqualTo("4500012345");
    assertThat(i.iban()).isEqualTo("DE89370400440532013000");
    assertThat(i.lines()).hasSize(3);
    assertThat(i.lines().get(2).unitPrice()).isEqualByComparingTo("1250.00");
    assertThat(i.lines().get(0).description()).isEqualTo("Druckerpapier A4, 500 Blatt");
    assertThat(i.taxLines())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.ratePercent()).isEqualByComparingTo("19");
              assertThat(t.amount()).isEqualByComparingTo("288.76");
            });
  }

  @Test
  void readsAFrenchInvoiceWithMonthNamesAndAReducedRate() {
    Invoice i = extractor.extract(SampleInvoices.french(dir));
    assertThat(i.vendor()).isEqualTo("Boulangerie Dupont SARL");
    assertThat(i.number()).isEqualTo("F-2024-017");
    assertThat(i.date()).isEqualTo(LocalDate.of(2024, 1, 12));
    assertThat(i.dueDate()).isEqualTo(LocalDate.of(2024, 2, 11));
    assertThat(i.currency()).isEqualTo("EUR");
    assertThat(i.net()).isEqualByComparingTo("262.00");
    assertThat(i.tax()).isEqualByComparingTo("14.41");
    assertThat(i.total()).isEqualByComparingTo("276.41");
    assertThat(i.purchaseOrder()).isEqualTo("BC-2024-33");
    assertThat(i.iban()).isEqualTo("FR1420041010050500013M02606");
    assertThat(i.lines())
        .extracting(InvoiceLine::unitPrice)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("32.50"), new BigDecimal("1.10"));
  }

  @Test
  void readsADutchInvoiceWithValuesBelowTheirLabels() {
    Invoice i = extractor.extract(SampleInvoices.dutch(dir));
    assertThat(i.vendor()).isEqualTo("Bakkerij Jansen B.V.");
    assertThat(i.number()).isEqualTo("2024-0042");
    assertThat(i.date()).isEqualTo(LocalDate.of(2024, 3, 15));
    assertThat(i.dueDate()).isEqualTo(LocalDate.of(2024, 4, 14));
    assertThat(i.net()).isEqualByComparingTo("172.50");
    assertThat(i.tax()).isEqualByComparingTo("15.53");
    assertThat(i.total()).isEqualByComparingTo("188.03");
    assertThat(i.purchaseOrder()).isEqualTo("7781");
    assertThat(i.iban()).isEqualTo("NL91ABNA0417164300");
    assertThat(i.lines()).hasSize(2);
  }

  @Test
  void givesEachFieldThePageAndBoxItWasReadFrom() {
    Invoice i = extractor.extract(SampleInvoices.german(dir));
    Provenance total = i.provenance().get("total");
    assertThat(total.page()).isEqualTo(1);
    assertThat(total.method()).isEqualTo(ExtractionMethod.RULE);
    // "1.808,56 €" was written at x=470 with its baseline 352 pt from the top.
    assertThat(total.box().x().doubleValue()).isBetween(469.0, 471.0);
    assertThat(total.box().y().doubleValue()).isBetween(340.0, 352.0);
    assertThat(total.evidence()).contains("Gesamtbetrag");
    // net + tax = gross confirms all three.
    assertThat(total.confidence()).isGreaterThanOrEqualTo(new BigDecimal("0.97"));
    assertThat(i.provenance().keySet()).containsAll(Invoice.FIELDS);
  }

  @Test
  void leavesAllowancesOnTheWholeInvoiceAndWhatIsLeftToPayOutOfTheLines() {
    float[] cols = {50, 80, 300, 360, 470};
    Path pdf =
        new dev.ferry.document.testing.TestPdf()
            .bold(50, 60, "Rechnung", 18)
            .bold(350, 50, "Adventure Works GmbH", 12)
            .row(120, new float[] {50, 200}, "Rechnungsnummer:", "RE-2025-0099")
            .row(134, new float[] {50, 200}, "Rechnungsdatum:", "03.03.2025")
            .row(220, cols, "Pos", "Bezeichnung", "Menge", "Einzelpreis", "Gesamt")
            .row(240, cols, "1", "Kopierpapier A4", "10", "5,00 €", "50,00 €")
            .row(256, cols, "2", "Ordner breit", "5", "2,00 €", "10,00 €")
            .row(272, new float[] {80, 470}, "Rechnungsrabatt 2,00 % auf 60,00", "-1,20 €")
            .row(288, new float[] {80, 470}, "EUR", "58,80 €")
            .row(320, new float[] {360, 470}, "Nettobetrag", "58,80 €")
            .row(336, new float[] {360, 470}, "MwSt. 19 %", "11,17 €")
            .row(352, new float[] {360, 470}, "Gesamtbetrag", "69,97 €")
            .save(dir.resolve("allowance.pdf"));

    Invoice i = extractor.extract(pdf);

    assertThat(i.lines())
        .extracting(InvoiceLine::description, InvoiceLine::amount)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Kopierpapier A4", new BigDecimal("50.00")),
            org.assertj.core.groups.Tuple.tuple("Ordner breit", new BigDecimal("10.00")));
    assertThat(i.total()).isEqualByComparingTo("69.97");
  }

  @Test
  void readsTheAmountBeforeATaxRateColumnPrintedWithoutPercentSigns() {
    float[] cols = {50, 80, 260, 330, 400, 470};
    Path pdf =
        new dev.ferry.document.testing.TestPdf()
            .bold(50, 60, "Rechnung", 18)
            .bold(350, 50, "Adventure Works GmbH", 12)
            .row(120, new float[] {50, 200}, "Rechnungsnummer:", "RE-2025-0100")
            .row(134, new float[] {50, 200}, "Rechnungsdatum:", "04.03.2025")
            .row(220, cols, "Pos", "Artikelbeschreibung", "Menge", "Preis", "Betrag", "USt. %")
            .row(240, cols, "1", "Kopierpapier A4", "20 Stk.", "9,90", "198,00", "19")
            .row(256, cols, "2", "Joghurt Banane", "50 Stk.", "5,50", "275,00", "7")
            .row(320, new float[] {360, 470}, "Nettobetrag", "473,00")
            .row(336, new float[] {360, 470}, "MwSt.", "56,87")
            .row(352, new float[] {360, 470}, "Gesamtbetrag", "529,87")
            .save(dir.resolve("rate-column.pdf"));

    Invoice i = extractor.extract(pdf);

    assertThat(i.lines())
        .extracting(InvoiceLine::description, InvoiceLine::quantity, InvoiceLine::amount)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Kopierpapier A4", new BigDecimal("20"), new BigDecimal("198.00")),
            org.assertj.core.groups.Tuple.tuple(
                "Joghurt Banane", new BigDecimal("50"), new BigDecimal("275.00")));
  }
}
