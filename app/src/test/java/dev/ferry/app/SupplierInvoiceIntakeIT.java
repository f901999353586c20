package dev.ferry.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.ferry.connector.terminal.testhost.ApLedgerHost;
import dev.ferry.connector.terminal.testhost.HostOptions;
import dev.ferry.connector.terminal.testhost.InvoiceBook;
import dev.ferry.connector.web.portal.PortalOptions;
import dev.ferry.connector.web.portal.SupplierPortal;
import dev.ferry.definition.DefinitionLoader;
import dev.ferry.engine.ConnectorRegistry;
import dev.ferry.engine.EngineConfig;
import dev.ferry.engine.FerryEngine;
import dev.ferry.engine.audit.report.EvidenceReport;
import dev.ferry.engine.ledger.Ledger;
import dev.ferry.engine.ledger.LedgerConfig;
import dev.ferry.engine.ledger.TransactionRecord;
import dev.ferry.engine.ledger.TransactionStatus;
import dev.ferry.engine.ledger.internal.HibernateLedger;
import dev.ferry.engine.secrets.EnvironmentSecretStore;
import dev.ferry.engine.spi.Secret;
import dev.ferry.scheduler.FerryNode;
import dev.ferry.scheduler.MailAccount;
import dev.ferry.scheduler.NodeSettings;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The supplier-invoice-intake example served by a node, against a real IMAP/SMTP server
 * (GreenMail), the AP ledger 5250 host and the supplier portal in Chromium: an English and a German
 * invoice are entered in both applications, an invoice without a total is answered by a reply mail,
 * and a mail sent twice becomes one transaction.
 */
@Tag("slow")
class SupplierInvoiceIntakeIT {
  private static final String SUPPLIER = "billing@supplier.example";

  @TempDir Path data;

  @Test
  void invoicesAreEnteredInTheLedgerAndOnThePortalAndAMissingTotalIsAnsweredByMail()
      throws Exception {
    Assumptions.assumeTrue(
        java.nio.file.Files.isExecutable(Path.of("/usr/bin/chromium")),
        "needs Debian's chromium at /usr/bin/chromium");
    int smtpPort = freePort();
    int imapPort = freePort();
    GreenMail mail =
        new GreenMail(
            new ServerSetup[] {
              new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
              new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
            });
    mail.start();
    GreenMailUser inbox = mail.setUser("ap-inbox@ferry.example", "ap-inbox", "inbox-pw");
    try (ApLedgerHost ledgerHost = ApLedgerHost.start(InvoiceBook.demo(), HostOptions.plain());
        SupplierPortal portal =
            SupplierPortal.start(PortalOptions.defaults("clerk", "Portal-Pw-41"));
        Ledger ledger =
            HibernateLedger.open(LedgerConfig.h2InMemory("intake-" + UUID.randomUUID()))) {
      ConnectorRegistry registry = ConnectorRegistry.discover();
      DefinitionLoader loader = new DefinitionLoader(registry);
      Map<String, String> config = new LinkedHashMap<>();
      config.put("ledger.host", ledgerHost.host());
      config.put("ledger.port", String.valueOf(ledgerHost.port()));
      config.put("portal.url", portal.baseUri().toString());
      config.put("mail.host", "127.0.0.1");
      config.put("mail.port", String.valueOf(smtpPort));
      Map<String, String> secrets = new LinkedHashMap<>();
      secrets.put(EnvironmentSecretStore.variableFor("ledger-clerk.username"), "APCLERK");
      secrets.put(EnvironmentSecretStore.variableFor("ledger-clerk.password"), "ledger1");
      secrets.put(EnvironmentSecretStore.variableFor("portal-user.username"), "clerk");
      secrets.put(EnvironmentSecretStore.variableFor("portal-user.password"), "Portal-Pw-41");
      NodeSettings settings =
          NodeSettings.builder()
              .workers(2)
              .httpPort(-1)
              .pollInterval(Duration.ofMillis(500))
              .mailAccount(
                  "ap-inbox",
                  new MailAccount("127.0.0.1", imapPort, false, "ap-inbox", new Secret("inbox-pw")))
              .build();
      try (FerryEngine engine =
              new FerryEngine(
                  EngineConfig.builder(ledger)
                      .connectors(registry)
                      .dataDirectory(data)
                      .definitionParser(loader::load)
                      .secretStores(List.of(new EnvironmentSecretStore(secrets)))
                      .configValues(RunCommand.nested(config))
                      .build());
          FerryNode node =
              new FerryNode(
                  engine,
                  List.of(loader.load(example("supplier-invoice-intake.yaml"))),
                  settings)) {
        node.start();
        byte[] english = englishInvoice();
        send(smtpPort, "<inv-1@supplier.example>", "Invoice INV-2026-0101", english);
        send(
            smtpPort,
            "<inv-2@supplier.example>",
            "Rechnung INV-2026-0102",
            germanInvoice("1.808,56 €"));
        send(smtpPort, "<inv-3@supplier.example>", "Invoice INV-2026-0103", germanInvoice(null));
        send(smtpPort, "<inv-1@supplier.example>", "Invoice INV-2026-0101", english);

        await(
            "three finished transactions",
            Duration.ofSeconds(150),
            () ->
                ledger.transactionsSince(Instant.EPOCH).stream()
                        .filter(t -> t.status().isFinal())
                        .count()
                    >= 3);
        await(
            "every mail in the ap-inbox to be settled",
            Duration.ofSeconds(30),
            () -> unsettledMails(mail, inbox) == 0);
      }

      List<TransactionRecord> all = ledger.transactionsSince(Instant.EPOCH);
      assertThat(all)
          .as("%s", all)
          .extracting(t -> t.businessKey() + " " + t.status())
          .containsExactlyInAnyOrder(
              "<inv-1@supplier.example> " + TransactionStatus.SUCCEEDED,
              "<inv-2@supplier.example> " + TransactionStatus.SUCCEEDED,
              "<inv-3@supplier.example> " + TransactionStatus.BUSINESS_FAILED);
      assertThat(ledgerHost.invoices())
          .extracting(i -> i.vendor() + " " + i.number() + " " + i.amount().toPlainString())
          .containsExactlyInAnyOrder("V100 INV-2026-0101 1445.50", "V200 INV-2026-0102 1808.56");
      assertThat(portal.invoices())
          .filteredOn(i -> i.number().startsWith("INV-2026-"))
          .extracting(i -> i.number() + " " + i.supplier() + " " + i.amount().toPlainString())
          .containsExactlyInAnyOrder("INV-2026-0101 ACME 1445.50", "INV-2026-0102 GLOBEX 1808.56");
      MimeMessage[] replies = mail.getReceivedMessagesForDomain("supplier.example");
      assertThat(replies).hasSize(1);
      assertThat(replies[0].getSubject()).isEqualTo("Re: Invoice INV-2026-0103");
      assertThat(replies[0].getContent().toString())
          .contains("TOTAL_MISSING")
          .contains("INV-2026-0103");

      // The evidence report of one invoice shows the 5250 screens as text and the portal's pages
      // as images. It is kept under target/ to be looked at by hand.
      TransactionRecord first =
          all.stream()
              .filter(t -> t.businessKey().equals("<inv-1@supplier.example>"))
              .findFirst()
              .orElseThrow();
      Path report = Path.of("target/supplier-invoice-intake-evidence.pdf").toAbsolutePath();
      new EvidenceReport(ledger, ledger.auditHead().toString()).write(first.id(), report);
      try (PDDocument document = Loader.loadPDF(report.toFile())) {
        assertThat(new PDFTextStripper().getText(document))
            .contains("Invoice Entry")
            .contains("Invoice INV-2026-0101 for vendor V100 posted");
        long pagesWithImages = 0;
        for (PDPage page : document.getPages()) {
          if (page.getResources().getXObjectNames().iterator().hasNext()) {
            pagesWithImages++;
          }
        }
        assertThat(pagesWithImages).as("pages with a portal screenshot").isGreaterThanOrEqualTo(2);
      }
    } finally {
      mail.stop();
    }
  }

  /** An English invoice with "Label: value" lines, from the ledger's vendor V100. */
  private static byte[] englishInvoice() throws IOException {
    return pdf(
        new Object[][] {
          {50f, 60f, "Acme Office Supply Ltd", 16f},
          {50f, 78f, "12 Harbour Road, Bristol BS1 4DJ", 10f},
          {400f, 60f, "INVOICE", 18f},
          {400f, 90f, "Invoice No: INV-2026-0101", 10f},
          {400f, 104f, "Invoice Date: 05/11/2026", 10f},
          {400f, 118f, "Due Date: 05/12/2026", 10f},
          {50f, 130f, "Bill To:", 10f},
          {50f, 144f, "Ferry Demo plc", 10f},
          {50f, 200f, "Description", 10f},
          {460f, 200f, "Amount", 10f},
          {50f, 220f, "Office chairs", 10f},
          {460f, 220f, "£1,204.58", 10f},
          {360f, 300f, "Subtotal:", 10f},
          {460f, 300f, "£1,204.58", 10f},
          {360f, 316f, "VAT 20%:", 10f},
          {460f, 316f, "£240.92", 10f},
          {360f, 332f, "Total Due:", 10f},
          {460f, 332f, "£1,445.50", 10f},
        });
  }

  /** A German invoice, labels and values in two columns; without any amount when total is null. */
  private static byte[] germanInvoice(String total) throws IOException {
    String number = total == null ? "INV-2026-0103" : "INV-2026-0102";
    List<Object[]> lines =
        new java.util.ArrayList<>(
            List.of(
                new Object[] {50f, 60f, "Rechnung", 18f},
                new Object[] {350f, 50f, "Nordic Paper GmbH", 12f},
                new Object[] {350f, 64f, "Hauptstraße 5, 80331 München", 10f},
                new Object[] {50f, 120f, "Rechnungsnummer:", 10f},
                new Object[] {200f, 120f, number, 10f},
                new Object[] {50f, 134f, "Rechnungsdatum:", 10f},
                new Object[] {200f, 134f, "12.11.2026", 10f},
                new Object[] {350f, 120f, "Kunde:", 10f},
                new Object[] {350f, 134f, "Beispiel AG", 10f},
                new Object[] {50f, 220f, "Bezeichnung", 10f},
                new Object[] {470f, 220f, "Gesamt", 10f},
                new Object[] {50f, 240f, "Druckerpapier A4", 10f}));
    if (total != null) {
      lines.add(new Object[] {470f, 240f, "1.519,80 €", 10f});
      lines.add(new Object[] {360f, 320f, "Nettobetrag", 10f});
      lines.add(new Object[] {470f, 320f, "1.519,80 €", 10f});
      lines.add(new Object[] {360f, 336f, "MwSt. 19 %", 10f});
      lines.add(new Object[] {470f, 336f, "288,76 €", 10f});
      lines.add(new Object[] {360f, 352f, "Gesamtbetrag", 10f});
      lines.add(new Object[] {470f, 352f, total, 10f});
    }
    return pdf(lines.toArray(Object[][]::new));
  }

  /** A one-page A4 PDF; each line is {x, y from the top, text, font size}. */
  private static byte[] pdf(Object[][] lines) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      float height = page.getMediaBox().getHeight();
      try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
        for (Object[] line : lines) {
          out.beginText();
          out.setFont(font, (Float) line[3]);
          out.newLineAtOffset((Float) line[0], height - (Float) line[1]);
          out.showText((String) line[2]);
          out.endText();
        }
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      doc.save(bytes);
      return bytes.toByteArray();
    }
  }

  private static void send(int smtpPort, String messageId, String subject, byte[] pdf)
      throws Exception {
    Properties props = new Properties();
    props.put("mail.smtp.host", "127.0.0.1");
    props.put("mail.smtp.port", String.valueOf(smtpPort));
    MimeMessage message =
        new MimeMessage(Session.getInstance(props)) {
          @Override
          protected void updateMessageID() throws jakarta.mail.MessagingException {
            setHeader("Message-ID", messageId);
          }
        };
    message.setFrom(new InternetAddress(SUPPLIER));
    message.setRecipients(Message.RecipientType.TO, "ap-inbox@ferry.example");
    message.setSubject(subject);
    MimeBodyPart text = new MimeBodyPart();
    text.setText("Please find our invoice attached.");
    MimeBodyPart attachment = new MimeBodyPart();
    attachment.setContent(pdf, "application/pdf");
    attachment.setFileName(subject.replace(' ', '-') + ".pdf");
    attachment.setDisposition(MimeBodyPart.ATTACHMENT);
    message.setContent(new MimeMultipart(text, attachment));
    Transport.send(message);
  }

  private static Path example(String name) {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("process-definitions/examples").resolve(name);
      if (java.nio.file.Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new AssertionError("no process-definitions/examples/" + name);
  }

  private static void await(String what, Duration timeout, BooleanSupplier condition)
      throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError(
            "timed out after " + timeout.toSeconds() + "s waiting for " + what);
      }
      Thread.sleep(100);
    }
  }

  /**
   * Mails still waiting in the inbox: the node moves a mail away once its transaction succeeds, and
   * flags it when the transaction failed or the mail was a duplicate of a failed one.
   */
  private static long unsettledMails(GreenMail mail, GreenMailUser user) {
    try {
      return mail.getManagers().getImapHostManager().getInbox(user).getMessages().stream()
          .filter(m -> !m.getFlags().contains(jakarta.mail.Flags.Flag.FLAGGED))
          .count();
    } catch (FolderException e) {
      throw new AssertionError(e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
