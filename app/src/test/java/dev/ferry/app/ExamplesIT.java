package dev.ferry.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.connector.terminal.testhost.ApLedgerHost;
import dev.ferry.connector.terminal.testhost.HostOptions;
import dev.ferry.connector.terminal.testhost.Invoice;
import dev.ferry.connector.terminal.testhost.InvoiceBook;
import dev.ferry.connector.web.portal.PortalOptions;
import dev.ferry.connector.web.portal.SupplierPortal;
import dev.ferry.engine.secrets.EncryptedFileSecretStore;
import dev.ferry.engine.spi.Secret;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Runs the web and 5250 example definitions with {@code ferry run} against the demo portal and the
 * AP ledger host, started here on 127.0.0.1, then checks the applications, the audit export and the
 * PDF report.
 */
@Tag("slow")
class ExamplesIT {
  private static final Pattern TRANSACTION = Pattern.compile("ferry show (tx-[0-9a-f]+)");

  @TempDir Path dir;

  record Result(int exitCode, String out, String err) {
    String transaction() {
      Matcher m = TRANSACTION.matcher(out);
      assertThat(m.find()).as("a transaction id in:%n%s%s", out, err).isTrue();
      return m.group(1);
    }
  }

  private Result ferry(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Ferry.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Result(code, out.toString(), err.toString());
  }

  private Path data() {
    return dir.resolve("data");
  }

  private void storeCredentials(String name, String username, String password) {
    EncryptedFileSecretStore store = EncryptedFileSecretStore.inDataDirectory(data());
    store.set(name + ".username", new Secret(username));
    store.set(name + ".password", new Secret(password));
  }

  private static Path example(String name) {
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      Path candidate = p.resolve("process-definitions/examples").resolve(name);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new AssertionError("no process-definitions/examples/" + name + " above " + here);
  }

  @Test
  void thePortalExampleEntersThreeInvoicesAndKeepsScreenshotsAsEvidence() throws Exception {
    Assumptions.assumeTrue(
        Files.isExecutable(Path.of("/usr/bin/chromium")),
        "needs Debian's chromium at /usr/bin/chromium");
    storeCredentials("portal-user", "clerk", "Portal-Pw-41");
    try (SupplierPortal portal =
        SupplierPortal.start(PortalOptions.defaults("clerk", "Portal-Pw-41"))) {
      Result run =
          ferry(
              "run",
              example("portal-invoice-entry.yaml").toString(),
              "--config",
              "portal.url=" + portal.baseUri(),
              "--data-dir",
              data().toString());

      assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
      assertThat(run.out()).contains("SUCCEEDED in 13 steps");
      assertThat(portal.invoices())
          .filteredOn(i -> i.number().startsWith("INV-2026-100"))
          .extracting(i -> i.number() + " " + i.supplier() + " " + i.amount().toPlainString())
          .containsExactly(
              "INV-2026-1001 ACME 1250.00",
              "INV-2026-1002 GLOBEX 89.90",
              "INV-2026-1003 INITECH 15000.50");
      assertEvidenceAndReport(run.transaction(), "screenshot:after (image/jpeg", "url:after");
    }
  }

  @Test
  void theLedgerExampleEntersInvoicesOver5250AndStopsAsABusinessFailureOnARepeat()
      throws Exception {
    storeCredentials("ledger-clerk", "APCLERK", "ledger1");
    try (ApLedgerHost ledger =
        ApLedgerHost.start(InvoiceBook.demo().seed(12), HostOptions.plain())) {
      String[] args = {
        "run",
        example("ap-ledger-invoice-entry.yaml").toString(),
        "--config",
        "ledger.host=" + ledger.host(),
        "--config",
        "ledger.port=" + ledger.port(),
        "--data-dir",
        data().toString()
      };
      Result run = ferry(args);
      Result repeat = ferry(args);

      assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
      assertThat(run.out()).contains("SUCCEEDED in 15 steps");
      List<Invoice> posted =
          ledger.invoices().stream().filter(i -> i.number().startsWith("AP-100-")).toList();
      assertThat(posted)
          .extracting(i -> i.vendor() + " " + i.number() + " " + i.amount())
          .containsExactly(
              "V100 AP-100-1 " + new BigDecimal("1250.00"),
              "V200 AP-100-2 " + new BigDecimal("89.90"),
              "V300 AP-100-3 " + new BigDecimal("15000.50"));
      assertThat(repeat.exitCode()).isEqualTo(Ferry.FAILED);
      assertThat(repeat.out())
          .contains("BUSINESS_FAILED")
          .contains(
              "LEDGER_REJECTED_INVOICE: The AP ledger refused invoice AP-100-1 of vendor V100:"
                  + " Invoice AP-100-1 already entered for vendor V100.");
      assertThat(ledger.invoices()).hasSize(15);
      assertEvidenceAndReport(run.transaction(), "screen_text:before", "screenshot:after");
    }
  }

  private void assertEvidenceAndReport(String transaction, String... evidence) throws Exception {
    Path jsonl = dir.resolve(transaction + ".jsonl");
    Result export =
        ferry(
            "audit",
            "export",
            "--format",
            "jsonl",
            "--transaction",
            transaction,
            "--out",
            jsonl.toString(),
            "--data-dir",
            data().toString());
    assertThat(export.exitCode()).as(export.out() + export.err()).isZero();
    assertThat(Files.readString(jsonl)).contains(evidence).doesNotContain("Portal-Pw-41");

    Path pdf = dir.resolve(transaction + ".pdf");
    Result report =
        ferry(
            "audit",
            "report",
            transaction,
            "--out",
            pdf.toString(),
            "--data-dir",
            data().toString());
    assertThat(report.exitCode()).as(report.out() + report.err()).isZero();
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      int pagesWithImages = 0;
      for (PDPage page : document.getPages()) {
        if (page.getResources().getXObjectNames().iterator().hasNext()) {
          pagesWithImages++;
        }
      }
      // One page per step at least; the connector steps' screenshots are embedded images.
      assertThat(document.getNumberOfPages()).isGreaterThan(10);
      assertThat(pagesWithImages).isGreaterThanOrEqualTo(5);
    }
  }

  @Test
  void demoAppsServesThePortalAndTheLedgerAndPrintsTheRunCommands() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli =
        new CommandLine(new DemoAppsCommand())
            .setOut(new PrintWriter(out, true))
            .setErr(new PrintWriter(err, true));
    CompletableFuture<Integer> running =
        CompletableFuture.supplyAsync(() -> cli.execute("--for", "4s", "--seed", "3"));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    while (!out.toString().contains("Press Ctrl-C")
        && !running.isDone()
        && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    String printed = out.toString() + err;
    Matcher portal = Pattern.compile("--config portal.url=(\\S+)").matcher(printed);
    Matcher ledger = Pattern.compile("--config ledger.port=(\\d+)").matcher(printed);
    assertThat(portal.find()).as(printed).isTrue();
    assertThat(ledger.find()).as(printed).isTrue();
    assertThat(printed)
        .contains("ferry secrets set portal-user.password")
        .contains("FERRY_SECRET_LEDGER_CLERK_PASSWORD=ledger1")
        .contains("ap-ledger-invoice-entry.yaml --config ledger.host=127.0.0.1");

    HttpResponse<String> login =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(portal.group(1) + "login")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(login.body()).contains("id=\"username\"");
    try (Socket socket = new Socket("127.0.0.1", Integer.parseInt(ledger.group(1)))) {
      // A TN5250 host opens with telnet negotiation: IAC DO (255 253).
      assertThat(socket.getInputStream().read()).isEqualTo(255);
    }
    assertThat(running.get(30, TimeUnit.SECONDS)).isZero();
    assertThat(out.toString()).contains("Stopped the demo applications after 4 s.");
  }
}
