package dev.ferry.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The supplier invoices {@code ferry demo} mails to the AP inbox, made with PDFBox in three layouts
 * and two languages: English "label: value" invoices in pounds, German two-column invoices in
 * euros, and English invoices in dollars whose fields sit in a table. Among them are an invoice
 * without a total and one from a supplier the process does not know, which both become business
 * failures answered by mail, and one mail that is sent twice.
 */
final class DemoInvoices {
  static final String SUPPLIER_ADDRESS = "billing@supplier.example";
  static final String INBOX_ADDRESS = "ap-inbox@ferry.example";

  /** What the demo expects to become of a mail. */
  enum Expected {
    SUCCEEDED,
    BUSINESS_FAILED,
    DUPLICATE
  }

  /** One mail with its invoice attached. */
  record Mail(String messageId, String subject, String fileName, byte[] pdf, Expected expected) {}

  private DemoInvoices() {}

  /**
   * The full demo: ten mails, seven invoices entered, two answered, one duplicate.
   *
   * @param run tells this run's Message-IDs from earlier runs', which the ledger remembers
   */
  static List<Mail> full(String run) {
    return inRun(run, fullList());
  }

  /** The quick demo: an English and a German invoice, one without a total, and a duplicate. */
  static List<Mail> quick(String run) {
    List<Mail> all = fullList();
    return inRun(run, List.of(all.get(0), all.get(1), all.get(4), all.get(9)));
  }

  private static List<Mail> fullList() {
    Mail first = pounds("INV-2026-0101", "05/11/2026", "Office chairs", "1204.58");
    return List.of(
        first,
        euros("INV-2026-0102", "12.11.2026", "Druckerpapier A4", "1519.80"),
        dollars("INV-2026-0117", "11/14/2026", "Pallet freight Rotterdam-Leeds", "2340.00"),
        pounds("INV-2026-0104", "15/11/2026", "Standing desks", "2875.00"),
        eurosWithoutTotal("INV-2026-0103", "16.11.2026", "Briefumschläge C4"),
        euros("INV-2026-0105", "18.11.2026", "Kopierpapier A3", "642.10"),
        unknownSupplier("HC-7781", "19/11/2026", "Staff canteen, November", "980.00"),
        dollars("INV-2026-0131", "11/20/2026", "Express courier, 14 parcels", "418.75"),
        pounds("INV-2026-0109", "21/11/2026", "Printer toner", "219.96"),
        duplicateOf(first));
  }

  /** The mails with Message-IDs of their own for this run. */
  private static List<Mail> inRun(String run, List<Mail> mails) {
    return mails.stream()
        .map(
            m ->
                new Mail(
                    m.messageId().replace("@", "." + run + "@"),
                    m.subject(),
                    m.fileName(),
                    m.pdf(),
                    m.expected()))
        .toList();
  }

  private static Mail duplicateOf(Mail mail) {
    return new Mail(
        mail.messageId(), mail.subject(), mail.fileName(), mail.pdf(), Expected.DUPLICATE);
  }

  /** Acme, a British supplier: "Label: value" lines, 20 % VAT, amounts like £1,445.50. */
  private static Mail pounds(String number, String date, String item, String net) {
    return labelValueInvoice("Acme Office Supply Ltd", number, date, item, net, Expected.SUCCEEDED);
  }

  /** A supplier the process does not know, in Acme's layout. */
  private static Mail unknownSupplier(String number, String date, String item, String net) {
    return labelValueInvoice(
        "Harbour Catering Ltd", number, date, item, net, Expected.BUSINESS_FAILED);
  }

  private static Mail labelValueInvoice(
      String vendor, String number, String date, String item, String netText, Expected expected) {
    BigDecimal net = new BigDecimal(netText);
    BigDecimal vat = percent(net, 20);
    Page page = new Page();
    page.text(50, 60, vendor, 16);
    page.text(50, 78, "12 Harbour Road, Bristol BS1 4DJ", 10);
    page.text(400, 60, "INVOICE", 18);
    page.text(400, 90, "Invoice No: " + number, 10);
    page.text(400, 104, "Invoice Date: " + date, 10);
    page.text(50, 130, "Bill To:", 10);
    page.text(50, 144, "Ferry Demo plc", 10);
    page.text(50, 200, "Description", 10);
    page.text(460, 200, "Amount", 10);
    page.text(50, 220, item, 10);
    page.text(460, 220, "£" + english(net), 10);
    page.text(360, 300, "Subtotal:", 10);
    page.text(460, 300, "£" + english(net), 10);
    page.text(360, 316, "VAT 20%:", 10);
    page.text(460, 316, "£" + english(vat), 10);
    page.text(360, 332, "Total Due:", 10);
    page.text(460, 332, "£" + english(net.add(vat)), 10);
    return mail(number, "Invoice " + number, page, expected);
  }

  /** Nordic Paper, a German supplier: labels and values in two columns, 19 % MwSt. */
  private static Mail euros(String number, String date, String item, String netText) {
    return germanInvoice(number, date, item, new BigDecimal(netText));
  }

  /** Nordic Paper's layout with no amounts at all, so the total is missing. */
  private static Mail eurosWithoutTotal(String number, String date, String item) {
    return germanInvoice(number, date, item, null);
  }

  private static Mail germanInvoice(String number, String date, String item, BigDecimal net) {
    Page page = new Page();
    page.text(50, 60, "Rechnung", 18);
    page.text(350, 50, "Nordic Paper GmbH", 12);
    page.text(350, 64, "Hauptstraße 5, 80331 München", 10);
    page.text(50, 120, "Rechnungsnummer:", 10);
    page.text(200, 120, number, 10);
    page.text(50, 134, "Rechnungsdatum:", 10);
    page.text(200, 134, date, 10);
    page.text(350, 120, "Kunde:", 10);
    page.text(350, 134, "Beispiel AG", 10);
    page.text(50, 220, "Bezeichnung", 10);
    page.text(470, 220, "Gesamt", 10);
    page.text(50, 240, item, 10);
    if (net != null) {
      BigDecimal vat = percent(net, 19);
      page.text(470, 240, german(net) + " €", 10);
      page.text(360, 320, "Nettobetrag", 10);
      page.text(470, 320, german(net) + " €", 10);
      page.text(360, 336, "MwSt. 19 %", 10);
      page.text(470, 336, german(vat) + " €", 10);
      page.text(360, 352, "Gesamtbetrag", 10);
      page.text(470, 352, german(net.add(vat)) + " €", 10);
    }
    return mail(
        number,
        "Rechnung " + number,
        page,
        net == null ? Expected.BUSINESS_FAILED : Expected.SUCCEEDED);
  }

  /**
   * Blue River, an American supplier: the invoice's fields in a table, no sales tax, in dollars.
   */
  private static Mail dollars(String number, String date, String item, String amountText) {
    BigDecimal amount = new BigDecimal(amountText);
    Page page = new Page();
    page.text(50, 60, "Blue River Logistics Inc", 16);
    page.text(50, 78, "400 Commerce Street, Nashville, TN 37219", 10);
    page.text(50, 120, "Invoice Number", 10);
    page.text(200, 120, "Invoice Date", 10);
    page.text(350, 120, "Terms", 10);
    page.text(50, 134, number, 10);
    page.text(200, 134, date, 10);
    page.text(350, 134, "Net 30", 10);
    page.text(50, 200, "Description", 10);
    page.text(300, 200, "Qty", 10);
    page.text(460, 200, "Amount", 10);
    page.text(50, 220, item, 10);
    page.text(300, 220, "1", 10);
    page.text(460, 220, "$" + english(amount), 10);
    page.text(360, 300, "Total USD", 10);
    page.text(460, 300, "$" + english(amount), 10);
    return mail(number, "Invoice " + number, page, Expected.SUCCEEDED);
  }

  private static Mail mail(String number, String subject, Page page, Expected expected) {
    String id = "<" + number.toLowerCase(Locale.ROOT) + "@supplier.example>";
    return new Mail(id, subject, subject.replace(' ', '-') + ".pdf", page.pdf(), expected);
  }

  private static BigDecimal percent(BigDecimal amount, int percent) {
    return amount
        .multiply(BigDecimal.valueOf(percent))
        .movePointLeft(2)
        .setScale(2, RoundingMode.HALF_UP);
  }

  /** 1,445.50 */
  private static String english(BigDecimal amount) {
    return String.format(Locale.UK, "%,.2f", amount);
  }

  /** 1.445,50 */
  private static String german(BigDecimal amount) {
    return String.format(Locale.GERMANY, "%,.2f", amount);
  }

  /** One A4 page of text lines, each placed at x and y from the top in points. */
  private static final class Page {
    private record Line(float x, float y, String text, float size) {}

    private final List<Line> lines = new ArrayList<>();

    void text(float x, float y, String text, float size) {
      lines.add(new Line(x, y, text, size));
    }

    byte[] pdf() {
      try (PDDocument doc = new PDDocument()) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        float height = page.getMediaBox().getHeight();
        try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
          for (Line line : lines) {
            out.beginText();
            out.setFont(font, line.size());
            out.newLineAtOffset(line.x(), height - line.y());
            out.showText(line.text());
            out.endText();
          }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        doc.save(bytes);
        return bytes.toByteArray();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write a demo invoice: " + e.getMessage(), e);
      }
    }
  }
}
