package dev.ferry.app;

import dev.ferry.app.DemoInvoices.Expected;
import dev.ferry.definition.DefinitionLoader;
import dev.ferry.engine.ConnectorRegistry;
import dev.ferry.engine.FerryEngine;
import dev.ferry.engine.audit.AuditChain;
import dev.ferry.engine.audit.AuditExporter;
import dev.ferry.engine.audit.ExportFormat;
import dev.ferry.engine.audit.report.EvidenceReport;
import dev.ferry.engine.audit.report.XesExporter;
import dev.ferry.engine.ledger.Ledger;
import dev.ferry.engine.ledger.TransactionRecord;
import dev.ferry.engine.ledger.TransactionStatus;
import dev.ferry.engine.model.ProcessDefinition;
import dev.ferry.engine.secrets.EnvironmentSecretStore;
import dev.ferry.scheduler.FerryNode;
import dev.ferry.scheduler.NodeSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ferry demo}: the whole product on one machine. It starts a mail server, the AP ledger
 * (TN5250) and the supplier portal on 127.0.0.1, and a Ferry node serving the
 * supplier-invoice-intake example; mails it supplier invoices; shows each transaction as it runs;
 * then prints a summary, writes the audit exports and checks the audit chain.
 */
@Command(
    name = "demo",
    description =
        "Mail supplier invoices to a Ferry node that enters them over 5250 and on a web portal,"
            + " then show the outcome, the exports and the audit check.")
final class DemoCommand implements Callable<Integer> {
  static final String DEFINITION = "supplier-invoice-intake.yaml";

  @Option(
      names = "--quick",
      description = "Mail 4 invoices instead of 10 (a smoke test of the whole product).")
  boolean quick;

  @Option(
      names = "--keep-running",
      description = "Leave the node and the applications up afterwards, until Ctrl-C.")
  boolean keepRunning;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      converter = DemoAppsCommand.ShortDuration.class,
      defaultValue = "10m",
      description = "Give up when the invoices are not all settled by then (default: 10m).")
  Duration timeout;

  @Option(
      names = "--examples",
      defaultValue = "process-definitions/examples",
      description = "Where the example definitions are (default: ${DEFAULT-VALUE}).")
  Path examples;

  @Mixin NodeOptions node;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path definitionFile = examples.resolve(DEFINITION);
    if (!Files.isRegularFile(definitionFile)) {
      spec.commandLine()
          .getErr()
          .printf(
              "ferry demo: %s is missing; run the demo from the root of the Ferry repository, or"
                  + " give --examples DIR%n",
              definitionFile);
      return Ferry.INVALID;
    }
    String run = DateTimeFormatter.ofPattern("HHmmss").format(java.time.LocalTime.now());
    List<DemoInvoices.Mail> mails = quick ? DemoInvoices.quick(run) : DemoInvoices.full(run);
    out.println(
        "Ferry demo: starting a mail server, the AP ledger (IBM 5250) and the supplier portal on"
            + " 127.0.0.1 ...");
    out.flush();
    Instant started = Instant.now();
    try (DemoApplications apps = DemoApplications.start();
        Ledger ledger = node.openLedger()) {
      ConnectorRegistry registry = ConnectorRegistry.discover();
      ProcessDefinition definition = new DefinitionLoader(registry).load(definitionFile);
      try (FerryEngine engine =
              new FerryEngine(
                  node.engineConfig(ledger, registry)
                      .secretStores(List.of(new EnvironmentSecretStore(apps.secretVariables())))
                      .configValues(RunCommand.nested(apps.configValues()))
                      .build());
          FerryNode ferry = new FerryNode(engine, List.of(definition), settings(apps))) {
        ferry.start();
        out.printf(
            "A Ferry node serves %s (ledger in %s). Mailing %d supplier invoices to %s ...%n%n",
            definitionFile, node.dataDirectory(), mails.size(), DemoInvoices.INBOX_ADDRESS);
        out.flush();
        mails.forEach(apps::send);
        boolean settled = awaitSettled(apps, ferry, ledger, mails.size(), started, out);
        List<TransactionRecord> transactions = ledger.transactionsSince(started);
        Map<Expected, Long> outcomes = summarise(transactions, ferry, out);
        out.printf(
            "%d mails in %d s; %d replies sent to the supplier.%n",
            mails.size(),
            Duration.between(started, Instant.now()).toSeconds(),
            apps.replies().size());
        boolean intact = exportAndVerify(ledger, engine, transactions, out);
        boolean asExpected = settled && intact && outcomes.equals(expectedOutcomes(mails));
        if (!asExpected) {
          out.printf(
              "%nThe demo did not end as expected: it expected %s.%n", expectedOutcomes(mails));
        }
        if (keepRunning) {
          stayUp(apps, out);
        }
        return asExpected ? 0 : Ferry.FAILED;
      }
    }
  }

  private static NodeSettings settings(DemoApplications apps) {
    return NodeSettings.builder()
        .workers(2)
        .httpPort(-1)
        .pollInterval(Duration.ofMillis(500))
        .mailAccount(DemoApplications.INBOX_ACCOUNT, apps.inboxAccount())
        .build();
  }

  /**
   * Shows progress until the node has finished a work item for every mail and settled every mail in
   * the inbox, or until the timeout.
   */
  private boolean awaitSettled(
      DemoApplications apps,
      FerryNode ferry,
      Ledger ledger,
      int mails,
      Instant started,
      PrintWriter out)
      throws InterruptedException {
    LiveProgress progress = new LiveProgress(out, System.console() != null);
    Instant deadline = started.plus(timeout);
    while (true) {
      progress.show(ledger.transactionsSince(started));
      long finished = ferry.finished();
      if (finished >= mails && apps.unsettledMails() == 0) {
        progress.done();
        return true;
      }
      if (Instant.now().isAfter(deadline)) {
        progress.done();
        out.printf(
            "%nGave up after %s: %d of %d mails were settled. The log above (and"
                + " FERRY_LOG_LEVEL=INFO) says why.%n",
            timeout, finished, mails);
        return false;
      }
      Thread.sleep(250);
    }
  }

  /** Prints one row per transaction and the counts; returns the counts by outcome. */
  private static Map<Expected, Long> summarise(
      List<TransactionRecord> transactions, FerryNode ferry, PrintWriter out) {
    TextTable table = new TextTable("mail", "transaction", "outcome", "steps", "time");
    Map<Expected, Long> outcomes = new EnumMap<>(Expected.class);
    for (TransactionRecord tx :
        transactions.stream().sorted(Comparator.comparing(TransactionRecord::createdAt)).toList()) {
      table.row(
          tx.businessKey(),
          tx.id(),
          tx.status() + (tx.errorCode() == null ? "" : " " + tx.errorCode()),
          tx.lastStepSeq(),
          tx.startedAt() == null || tx.endedAt() == null
              ? ""
              : String.format(
                  "%.1f s", tx.startedAt().until(tx.endedAt(), ChronoUnit.MILLIS) / 1000.0));
      Expected outcome =
          switch (tx.status()) {
            case SUCCEEDED -> Expected.SUCCEEDED;
            case BUSINESS_FAILED -> Expected.BUSINESS_FAILED;
            default -> null;
          };
      if (outcome != null) {
        outcomes.merge(outcome, 1L, Long::sum);
      }
    }
    long duplicates = ferry.finished("DUPLICATE");
    if (duplicates > 0) {
      outcomes.put(Expected.DUPLICATE, duplicates);
    }
    out.println();
    table.print(out);
    out.printf(
        "%nSucceeded: %d   business failures (answered by mail): %d   duplicates dropped: %d   other:"
            + " %d%n",
        outcomes.getOrDefault(Expected.SUCCEEDED, 0L),
        outcomes.getOrDefault(Expected.BUSINESS_FAILED, 0L),
        duplicates,
        transactions.size()
            - outcomes.getOrDefault(Expected.SUCCEEDED, 0L)
            - outcomes.getOrDefault(Expected.BUSINESS_FAILED, 0L));
    return outcomes;
  }

  private static Map<Expected, Long> expectedOutcomes(List<DemoInvoices.Mail> mails) {
    Map<Expected, Long> expected = new EnumMap<>(Expected.class);
    mails.forEach(m -> expected.merge(m.expected(), 1L, Long::sum));
    return expected;
  }

  /**
   * Writes the JSON Lines and XES exports of this run and the evidence report of its first
   * successful transaction, then checks the whole audit chain.
   */
  private boolean exportAndVerify(
      Ledger ledger, FerryEngine engine, List<TransactionRecord> transactions, PrintWriter out)
      throws IOException {
    Path exports = node.dataDirectory().resolve("exports");
    Files.createDirectories(exports);
    String head = ledger.auditHead().toString();
    try (Writer jsonl =
        Files.newBufferedWriter(exports.resolve("audit.jsonl"), StandardCharsets.UTF_8)) {
      new AuditExporter(ledger, engine.redactor()).export(transactions, ExportFormat.JSONL, jsonl);
    }
    try (OutputStream xes = Files.newOutputStream(exports.resolve("audit.xes"))) {
      new XesExporter(ledger, head).export(transactions, xes);
    }
    TransactionRecord example =
        transactions.stream()
            .filter(t -> t.status() == TransactionStatus.SUCCEEDED)
            .min(Comparator.comparing(TransactionRecord::createdAt))
            .orElse(null);
    String report = "";
    if (example != null) {
      Path pdf = exports.resolve("evidence-" + example.id() + ".pdf");
      new EvidenceReport(ledger, head).write(example.id(), pdf);
      report = " and " + pdf.getFileName() + " (the evidence report of " + example.id() + ")";
    }
    out.printf("%nExports in %s: audit.jsonl, audit.xes%s%n", exports, report);
    AuditChain.Verification verification = new AuditChain(ledger).verifyAll();
    out.printf(
        "ferry audit verify: %s%n",
        verification.intact()
            ? "intact, " + verification.events() + " events, chain head " + verification.head()
            : "BROKEN: " + verification.problem());
    String dataDir = node.dataDirectory == null ? "" : " --data-dir " + node.dataDirectory;
    out.printf(
        "%nLook around:%n  ./ferry transactions%2$s%n  ./ferry show %1$s --details%2$s%n"
            + "  ./ferry audit verify%2$s%n",
        example == null ? "TX" : example.id(), dataDir);
    out.flush();
    return verification.intact();
  }

  private static void stayUp(DemoApplications apps, PrintWriter out) throws InterruptedException {
    Map<String, String> config = apps.configValues();
    out.printf(
        "%nStill running (Ctrl-C to stop):%n"
            + "  supplier portal  %s  (user %s, password %s)%n"
            + "  AP ledger        TN5250 on %s port %s  (user %s, password %s)%n",
        config.get("portal.url"),
        DemoAppsCommand.PORTAL_USER,
        DemoAppsCommand.PORTAL_PASSWORD,
        config.get("ledger.host"),
        config.get("ledger.port"),
        DemoAppsCommand.LEDGER_USER,
        DemoAppsCommand.LEDGER_PASSWORD);
    out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "demo-stop"));
    stopped.await();
  }
}
