package dev.ferry.engine.audit.report;

import dev.ferry.engine.ledger.Ledger;
import dev.ferry.engine.ledger.LedgerConfig;
import dev.ferry.engine.ledger.NewTransaction;
import dev.ferry.engine.ledger.StepRecord;
import dev.ferry.engine.ledger.TransactionStatus;
import dev.ferry.engine.ledger.internal.HibernateLedger;
import dev.ferry.engine.model.ProcessDefinition;
import dev.ferry.engine.spi.Evidence;
import dev.ferry.engine.spi.TransactionId;
import dev.ferry.engine.testing.TestDefinitions;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;

/**
 * An in-memory H2 ledger holding three transactions of an invoice process, written through the
 * Ledger API as the engine writes them: one that succeeded after a retried step, with a PNG and a
 * JPEG screenshot, terminal screens, a URL, HTML and a note; one that failed on a business rule;
 * and one still running with a step that never finished.
 */
final class AuditLedgerFixture implements AutoCloseable {
  static final Instant T0 = Instant.parse("2026-11-20T09:15:00.250Z");
  static final String VENDOR = "Müller Straße GmbH — Zürich, Ωμέγα Ltd, 東京商事 🚀";
  static final String SECRET = "s3cr3t-Pa55word!";

  final Ledger ledger;
  final ProcessDefinition definition;
  final TransactionId succeeded = new TransactionId("tx-00000000000000a1");
  final TransactionId rejected = new TransactionId("tx-00000000000000b2");
  final TransactionId running = new TransactionId("tx-00000000000000c3");
  final List<String> stepPaths = new ArrayList<>();
  final String signOnScreen = signOnScreen();

  AuditLedgerFixture() {
    ledger = HibernateLedger.open(LedgerConfig.h2InMemory("report-" + UUID.randomUUID()));
    definition = TestDefinitions.process("supplier-invoice-intake").build();
    ledger.saveDefinition(definition);
    recordSucceeded();
    recordRejected();
    recordRunning();
  }

  private void create(TransactionId id, String businessKey, Instant at, String inputs) {
    ledger.createTransaction(
        new NewTransaction(
            id,
            definition.sha256(),
            definition.name(),
            definition.version(),
            businessKey,
            5,
            null,
            false,
            inputs,
            at,
            null));
    ledger.markStarted(id, at.plusMillis(20));
  }

  private void recordSucceeded() {
    create(
        succeeded,
        "INV-2024-00731",
        T0,
        "{\"mailbox\":\"ap-inbox\",\"subject\":\"Invoice INV-2024-00731 from " + VENDOR + "\"}");
    Instant t = T0.plusMillis(40);
    t =
        step(
            succeeded,
            new Step(1, "read-invoice", "document.extract-invoice", null, 1, "SUCCEEDED"),
            "{\"document\":\"INV-2024-00731.pdf\"}",
            "{\"number\":\"INV-2024-00731\",\"total\":\"1250.40\",\"vendor\":\""
                + VENDOR
                + "\",\"lines\":[{\"code\":\"A-100\",\"quantity\":4},{\"code\":\"B-220\",\"quantity\":1}]}",
            t,
            Duration.ofMillis(830),
            List.of(
                Evidence.text(
                    Evidence.Kind.NOTE,
                    "extraction",
                    "3 fields and 2 lines found on page 1 of 1")));
    t =
        step(
            succeeded,
            new Step(2, "sign-on", "terminal.sign-on", "ledger", 1, "SUCCEEDED"),
            "{\"user\":\"AP01\",\"password\":\"******\"}",
            "{}",
            t,
            Duration.ofMillis(1460),
            List.of(
                Evidence.text(Evidence.Kind.SCREEN_TEXT, "after", signOnScreen),
                Evidence.screenshot(
                    "damaged",
                    "image/png",
                    "\u0089PNG but cut short".getBytes(StandardCharsets.ISO_8859_1))));
    t =
        step(
            succeeded,
            new Step(
                3,
                "lines[0]/fill-item",
                "terminal.fill",
                "ledger",
                1,
                "SYSTEM_FAILED",
                "KEYBOARD_LOCKED",
                "the keyboard stayed locked for 30 s on screen 'Invoice Entry' at row 5, column 10;"
                    + " check that the host is up. (the password "
                    + SECRET
                    + " must never show)"),
            "{\"fields\":{\"Item\":\"A-100\",\"Qty\":\"4\"},\"key\":\"enter\"}",
            null,
            t,
            Duration.ofSeconds(30),
            List.of(Evidence.text(Evidence.Kind.SCREEN_TEXT, "at failure", invoiceEntryScreen())));
    t =
        step(
            succeeded,
            new Step(4, "lines[0]/fill-item", "terminal.fill", "ledger", 2, "SUCCEEDED"),
            "{\"fields\":{\"Item\":\"A-100\",\"Qty\":\"4\"},\"key\":\"enter\"}",
            "{\"message\":\"Line 1 added\"}",
            t.plusSeconds(2),
            Duration.ofMillis(640),
            List.of());
    t =
        step(
            succeeded,
            new Step(5, "lines[1]/fill-item", "terminal.fill", "ledger", 1, "SUCCEEDED"),
            "{\"fields\":{\"Item\":\"B-220\",\"Qty\":\"1\"},\"key\":\"enter\"}",
            "{\"message\":\"Line 2 added\"}",
            t,
            Duration.ofMillis(610),
            List.of());
    t =
        step(
            succeeded,
            new Step(6, "confirm-on-portal", "web.fill-form", "portal", 1, "SUCCEEDED"),
            "{\"#invoice-number\":\"INV-2024-00731\",\"#amount\":\"1250.40\",\"submit\":\"#confirm\"}",
            "{\"confirmation\":\"C-88123\"}",
            t,
            Duration.ofMillis(2210),
            List.of(
                Evidence.text(
                    Evidence.Kind.URL,
                    "after",
                    "https://portal.example.com/invoices/INV-2024-00731/confirmation?lang=de&session=abc"),
                Evidence.screenshot("after", "image/png", portalScreenshot("png")),
                Evidence.screenshot("thumbnail", "image/jpeg", portalScreenshot("jpg")),
                Evidence.screenshot("after, again", "image/png", portalScreenshot("png")),
                Evidence.text(Evidence.Kind.HTML, "after", html())));
    ledger.transactionFinished(
        succeeded,
        TransactionStatus.SUCCEEDED,
        t.plusMillis(15),
        "{\"invoice\":{\"number\":\"INV-2024-00731\",\"total\":\"1250.40\"},\"confirmation\":\"C-88123\"}",
        null,
        null,
        null);
  }

  private void recordRejected() {
    Instant at = T0.plus(Duration.ofHours(1));
    create(rejected, "INV-2024-00732", at, "{\"mailbox\":\"ap-inbox\"}");
    Instant t =
        step(
            rejected,
            new Step(1, "read-invoice", "document.extract-invoice", null, 1, "SUCCEEDED"),
            "{\"document\":\"INV-2024-00732.pdf\"}",
            "{\"number\":\"INV-2024-00732\",\"total\":null}",
            at.plusMillis(30),
            Duration.ofMillis(700),
            List.of());
    t =
        step(
            rejected,
            new Step(
                2,
                "reject-if-no-total",
                "core.fail",
                null,
                1,
                "BUSINESS_FAILED",
                "NO_TOTAL",
                "Invoice INV-2024-00732 has no total"),
            "{}",
            null,
            t,
            Duration.ofMillis(3),
            List.of());
    ledger.transactionFinished(
        rejected,
        TransactionStatus.BUSINESS_FAILED,
        t,
        "{}",
        "business",
        "NO_TOTAL",
        "Invoice INV-2024-00732 has no total");
  }

  private void recordRunning() {
    Instant at = T0.plus(Duration.ofHours(2));
    create(running, null, at, "{}");
    Instant t =
        step(
            running,
            new Step(1, "read-invoice", "document.extract-invoice", null, 1, "SUCCEEDED"),
            "{}",
            "{}",
            at.plusMillis(10),
            Duration.ofMillis(500),
            List.of());
    // Started, never finished: what a crash in the middle of a step leaves.
    ledger.stepStarted(
        running,
        new StepRecord(
            2,
            "sign-on",
            "sign-on",
            "terminal.sign-on",
            "ledger",
            "{}",
            null,
            null,
            "STARTED",
            null,
            null,
            1,
            t,
            null));
  }

  private record Step(
      int seq,
      String path,
      String action,
      String app,
      int attempt,
      String outcome,
      String code,
      String message) {
    Step(int seq, String path, String action, String app, int attempt, String outcome) {
      this(seq, path, action, app, attempt, outcome, null, null);
    }
  }

  private Instant step(
      TransactionId tx,
      Step s,
      String input,
      String output,
      Instant start,
      Duration took,
      List<Evidence> evidence) {
    String id = s.path().substring(s.path().lastIndexOf('/') + 1);
    StepRecord started =
        new StepRecord(
            s.seq(),
            s.path(),
            id,
            s.action(),
            s.app(),
            input,
            null,
            null,
            "STARTED",
            null,
            null,
            s.attempt(),
            start,
            null);
    ledger.stepStarted(tx, started);
    Instant end = start.plus(took);
    ledger.stepFinished(
        tx,
        new StepRecord(
            s.seq(),
            s.path(),
            id,
            s.action(),
            s.app(),
            input,
            output,
            "{}",
            s.outcome(),
            s.code(),
            s.message(),
            s.attempt(),
            start,
            end),
        evidence);
    if (tx.equals(succeeded)) {
      stepPaths.add(s.path());
    }
    return end.plusMillis(5);
  }

  /** A 24x80 IBM i sign-on screen, as a terminal connector records it. */
  private static String signOnScreen() {
    List<String> rows = new ArrayList<>();
    rows.add("");
    rows.add(center("Sign On"));
    rows.add(pad("", 47) + "System  . . . . . :   PUB400");
    rows.add(pad("", 47) + "Subsystem . . . . :   QINTER");
    rows.add(pad("", 47) + "Display . . . . . :   QPADEV0042");
    rows.add("");
    rows.add(pad("", 17) + "User  . . . . . . . . . . . . . .   AP01");
    rows.add(pad("", 17) + "Password  . . . . . . . . . . . .");
    rows.add(pad("", 17) + "Program/procedure . . . . . . . .   __________");
    rows.add(pad("", 17) + "Menu  . . . . . . . . . . . . . .   APMENU");
    rows.add(pad("", 17) + "Current library . . . . . . . . .   APLIB");
    while (rows.size() < 23) {
      rows.add("");
    }
    rows.add(pad("", 40) + "(C) COPYRIGHT IBM CORP. 1980, 2018.");
    return String.join("\n", rows.stream().map(r -> pad(r, 80)).toList());
  }

  private static String invoiceEntryScreen() {
    List<String> rows = new ArrayList<>();
    rows.add(pad(" APINV01", 30) + "Invoice Entry" + pad("", 24) + "20/11/26");
    rows.add("");
    rows.add(" Vendor . . . . :  10442   " + VENDOR);
    rows.add(" Invoice no . . :  INV-2024-00731     Amount . . :        1,250.40");
    rows.add("");
    rows.add("   Line  Item        Qty    Price        Total");
    rows.add("   0001  A-100         4   220.00       880.00");
    while (rows.size() < 22) {
      rows.add("");
    }
    rows.add(" F3=Exit   F5=Refresh   F12=Cancel");
    rows.add(" X SYSTEM");
    return String.join("\n", rows.stream().map(r -> pad(r, 80)).toList());
  }

  private static String center(String text) {
    return pad("", (80 - text.length()) / 2) + text;
  }

  private static String pad(String text, int width) {
    return text.length() >= width
        ? text.substring(0, width)
        : text + " ".repeat(width - text.length());
  }

  private static String html() {
    StringBuilder html =
        new StringBuilder(
            "<!doctype html>\n<html>\n<head><title>Confirmation</title></head>\n<body>\n");
    for (int i = 1; i <= 80; i++) {
      html.append("  <p class=\"line\">Invoice line ").append(i).append(" confirmed</p>\n");
    }
    return html.append("</body>\n</html>\n").toString();
  }

  /** A portal page drawn with Java2D, encoded as PNG or JPEG. */
  static byte[] portalScreenshot(String format) {
    BufferedImage image = new BufferedImage(1280, 800, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, 1280, 800);
      g.setColor(new Color(0x1F, 0x4E, 0x79));
      g.fillRect(0, 0, 1280, 90);
      g.setColor(Color.WHITE);
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 40));
      g.drawString("Supplier Portal - Invoice confirmed", 40, 60);
      g.setColor(Color.DARK_GRAY);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 30));
      g.drawString("Invoice number: INV-2024-00731", 60, 180);
      g.drawString("Amount: 1,250.40 EUR", 60, 240);
      g.drawString("Confirmation: C-88123", 60, 300);
      g.setColor(new Color(0x2E, 0x7D, 0x32));
      g.setStroke(new BasicStroke(8));
      g.drawRect(40, 130, 700, 210);
      g.fillOval(1000, 400, 200, 200);
    } finally {
      g.dispose();
    }
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalStateException("no ImageIO writer for " + format);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    ledger.close();
  }
}
