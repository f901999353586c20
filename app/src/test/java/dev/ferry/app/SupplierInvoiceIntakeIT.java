package dev.ferry.app;

import static org.assertj.core.api.Assertions.assertThat;

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
import dev.ferry.scheduler.FerryNode;
import dev.ferry.scheduler.NodeSettings;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
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
  @TempDir Path data;

  @Test
  void invoicesAreEnteredInTheLedgerAndOnThePortalAndAMissingTotalIsAnsweredByMail()
      throws Exception {
    Assumptions.assumeTrue(
        java.nio.file.Files.isExecutable(Path.of("/usr/bin/chromium")),
        "needs Debian's chromium at /usr/bin/chromium");
    List<DemoInvoices.Mail> mails = DemoInvoices.quick("it");
    try (DemoApplications apps = DemoApplications.start();
        Ledger ledger =
            HibernateLedger.open(LedgerConfig.h2InMemory("intake-" + UUID.randomUUID()))) {
      ConnectorRegistry registry = ConnectorRegistry.discover();
      DefinitionLoader loader = new DefinitionLoader(registry);
      NodeSettings settings =
          NodeSettings.builder()
              .workers(2)
              .httpPort(-1)
              .pollInterval(Duration.ofMillis(500))
              .mailAccount(DemoApplications.INBOX_ACCOUNT, apps.inboxAccount())
              .build();
      try (FerryEngine engine =
              new FerryEngine(
                  EngineConfig.builder(ledger)
                      .connectors(registry)
                      .dataDirectory(data)
                      .definitionParser(loader::load)
                      .secretStores(List.of(new EnvironmentSecretStore(apps.secretVariables())))
                      .configValues(RunCommand.nested(apps.configValues()))
                      .build());
          FerryNode node =
              new FerryNode(
                  engine, List.of(loader.load(example(DemoCommand.DEFINITION))), settings)) {
        node.start();
        mails.forEach(apps::send);

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
            () -> apps.unsettledMails() == 0);
        assertThat(node.finished("DUPLICATE")).as("duplicates dropped").isEqualTo(1);
      }

      List<TransactionRecord> all = ledger.transactionsSince(Instant.EPOCH);
      assertThat(all)
          .as("%s", all)
          .extracting(t -> t.businessKey() + " " + t.status())
          .containsExactlyInAnyOrder(
              "<inv-2026-0101.it@supplier.example> " + TransactionStatus.SUCCEEDED,
              "<inv-2026-0102.it@supplier.example> " + TransactionStatus.SUCCEEDED,
              "<inv-2026-0103.it@supplier.example> " + TransactionStatus.BUSINESS_FAILED);
      assertThat(apps.ledger().invoices())
          .extracting(i -> i.vendor() + " " + i.number() + " " + i.amount().toPlainString())
          .containsExactlyInAnyOrder("V100 INV-2026-0101 1445.50", "V200 INV-2026-0102 1808.56");
      assertThat(apps.portal().invoices())
          .filteredOn(i -> i.number().startsWith("INV-2026-"))
          .extracting(i -> i.number() + " " + i.supplier() + " " + i.amount().toPlainString())
          .containsExactlyInAnyOrder("INV-2026-0101 ACME 1445.50", "INV-2026-0102 GLOBEX 1808.56");
      List<MimeMessage> replies = apps.replies();
      assertThat(replies).hasSize(1);
      assertThat(replies.get(0).getSubject()).isEqualTo("Re: Rechnung INV-2026-0103");
      assertThat(replies.get(0).getContent().toString())
          .contains("TOTAL_MISSING")
          .contains("INV-2026-0103");

      // The evidence report of one invoice shows the 5250 screens as text and the portal's pages
      // as images. It is kept under target/ to be looked at by hand.
      TransactionRecord first =
          all.stream()
              .filter(t -> t.businessKey().equals("<inv-2026-0101.it@supplier.example>"))
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
    }
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
}
