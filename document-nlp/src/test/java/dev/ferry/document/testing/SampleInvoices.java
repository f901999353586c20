package dev.ferry.document.testing;

import java.nio.file.Path;

/**
 * Invoices in four languages and four layouts, written as real PDFs. The expected values are in the
 * tests that use them.
 */
public final class SampleInvoices {
  private SampleInvoices() {}

  /** English: "Label: value" in one cell, a buyer with a legal form too, pounds sterling. */
  public static Path english(Path dir) {
    float[] cols = {50, 300, 360, 460};
    return new TestPdf()
        .bold(50, 60, "Northwind Traders Ltd", 16)
        .text(50, 78, "12 Harbour Road, Bristol BS1 4DJ")
        .bold(400, 60, "INVOICE", 18)
        .text(400, 90, "Invoice No: INV-2024-00731")
        .text(400, 104, "Invoice Date: 05/03/2024")
        .text(400, 118, "Due Date: 04/04/2024")
        .text(400, 132, "PO Number: PO-88213")
        .text(50, 130, "Bill To:")
        .text(50, 144, "Contoso Retail plc")
        .text(50, 158, "1 Market Street, Leeds")
        .row(200, cols, "Description", "Qty", "Unit Price", "Amount")
        .row(220, cols, "Consulting services, March", "10", "£120.00", "£1,200.00")
        .row(236, cols, "Travel expenses", "1", "£245.50", "£245.50")
        .row(252, cols, "Software licence (annual)", "3", "£99.99", "£299.97")
        .row(300, new float[] {360, 460}, "Subtotal:", "£1,745.47")
        .row(316, new float[] {360, 460}, "VAT 20%:", "£349.09")
        .row(332, new float[] {360, 460}, "Total Due:", "£2,094.56")
        .text(50, 400, "Please pay by bank transfer to IBAN GB33BUKB20201555555555")
        .save(dir.resolve("english.pdf"));
  }

  /** German: labels and values in two columns, euro amounts with decimal commas. */
  public static Path german(Path dir) {
    float[] cols = {50, 80, 300, 360, 470};
    return new TestPdf()
        .bold(50, 60, "Rechnung", 18)
        .bold(350, 50, "Müller Bürotechnik GmbH", 12)
        .text(350, 64, "Hauptstraße 5, 80331 München")
        .row(120, new float[] {50, 200}, "Rechnungsnummer:", "RE-2024-0815")
        .row(134, new float[] {50, 200}, "Rechnungsdatum:", "12.02.2024")
        .row(148, new float[] {50, 200}, "Ihre Bestellung:", "4500012345")
        .row(162, new float[] {50, 200}, "Fällig am:", "13.03.2024")
        .text(350, 120, "Kunde:")
        .text(350, 134, "Beispiel AG")
        .text(350, 148, "Ringstraße 1, 10115 Berlin")
        .row(220, cols, "Pos", "Bezeichnung", "Menge", "Einzelpreis", "Gesamt")
        .row(240, cols, "1", "Druckerpapier A4, 500 Blatt", "20", "4,50 €", "90,00 €")
        .row(256, cols, "2", "Toner schwarz", "2", "89,90 €", "179,80 €")
        .row(272, cols, "3", "Wartungspauschale", "1", "1.250,00 €", "1.250,00 €")
        .row(320, new float[] {360, 470}, "Nettobetrag", "1.519,80 €")
        .row(336, new float[] {360, 470}, "MwSt. 19 %", "288,76 €")
        .row(352, new float[] {360, 470}, "Gesamtbetrag", "1.808,56 €")
        .text(50, 420, "Bankverbindung: IBAN DE89 3704 0044 0532 0130 00")
        .save(dir.resolve("german.pdf"));
  }

  /** French: "label : value" with French spacing, month names, reduced VAT rate. */
  public static Path french(Path dir) {
    float[] cols = {50, 280, 350, 460};
    return new TestPdf()
        .bold(50, 50, "Boulangerie Dupont SARL", 14)
        .text(50, 64, "8 rue des Lilas, 69003 Lyon")
        .bold(400, 50, "FACTURE", 18)
        .text(50, 110, "N° de facture : F-2024-017")
        .text(50, 124, "Date de facture : 12 janvier 2024")
        .text(50, 138, "Date d'échéance : 11 février 2024")
        .text(50, 152, "Bon de commande : BC-2024-33")
        .text(350, 110, "Client :")
        .text(350, 124, "Hôtel du Parc SA")
        .row(200, cols, "Désignation", "Quantité", "Prix unitaire", "Montant HT")
        .row(220, cols, "Croissants (boîte de 50)", "4", "32,50 €", "130,00 €")
        .row(236, cols, "Baguettes tradition", "120", "1,10 €", "132,00 €")
        .row(280, new float[] {350, 460}, "Total HT", "262,00 €")
        .row(296, new float[] {350, 460}, "TVA 5,5 %", "14,41 €")
        .row(312, new float[] {350, 460}, "Total TTC", "276,41 €")
        .text(50, 380, "IBAN : FR14 2004 1010 0505 0001 3M02 606")
        .save(dir.resolve("french.pdf"));
  }

  /** Dutch: labels in a header row with their values below, month names. */
  public static Path dutch(Path dir) {
    float[] cols = {50, 280, 350, 460};
    return new TestPdf()
        .bold(50, 50, "Bakkerij Jansen B.V.", 14)
        .text(50, 64, "Dorpsstraat 12, 1234 AB Utrecht")
        .bold(400, 50, "FACTUUR", 18)
        .row(110, new float[] {50, 200, 350}, "Factuurnummer", "Factuurdatum", "Vervaldatum")
        .row(124, new float[] {50, 200, 350}, "2024-0042", "15 maart 2024", "14 april 2024")
        .text(50, 150, "Uw ordernummer: 7781")
        .text(350, 150, "Klant:")
        .text(350, 164, "De Vries Horeca")
        .row(200, cols, "Omschrijving", "Aantal", "Prijs", "Bedrag")
        .row(220, cols, "Volkorenbrood", "30", "€ 2,75", "€ 82,50")
        .row(236, cols, "Appeltaart (groot)", "5", "€ 18,00", "€ 90,00")
        .row(280, new float[] {350, 460}, "Subtotaal", "€ 172,50")
        .row(296, new float[] {350, 460}, "BTW 9%", "€ 15,53")
        .row(312, new float[] {350, 460}, "Totaal", "€ 188,03")
        .text(50, 380, "Graag overmaken op NL91 ABNA 0417 1643 00")
        .save(dir.resolve("dutch.pdf"));
  }
}
