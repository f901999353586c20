package dev.ferry.app;

import dev.ferry.definition.DefinitionLoader;
import dev.ferry.engine.ConnectorRegistry;
import dev.ferry.engine.FerryEngine;
import dev.ferry.engine.RunOptions;
import dev.ferry.engine.TransactionResult;
import dev.ferry.engine.WorkItem;
import dev.ferry.engine.audit.AuditChain;
import dev.ferry.engine.audit.AuditExporter;
import dev.ferry.engine.audit.ExportFormat;
import dev.ferry.engine.audit.report.EvidenceReport;
import dev.ferry.engine.audit.report.XesExporter;
import dev.ferry.engine.ledger.Ledger;
import dev.ferry.engine.ledger.TransactionRecord;
import dev.ferry.engine.ledger.TransactionStatus;
import dev.ferry.engine.model.ProcessDefinition;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ferry demo}: runs the example definitions on sample data, end to end, and shows what the
 * ledger and the audit trail made of them.
 */
@Command(
    name = "demo",
    description =
        "Run the example processes on sample data and show the ledger, exports and audit check.")
final class DemoCommand implements Callable<Integer> {
  @Option(
      names = "--examples",
      defaultValue = "process-definitions/examples",
      description = "Where the example definitions are (default: ${DEFAULT-VALUE}).")
  Path examples;

  @Mixin NodeOptions node;

  @Spec CommandSpec spec;

  private record Run(String title, String file, Map<String, Object> inputs, String businessKey) {}

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path work = node.dataDirectory().resolve("work");
    Path exports = node.dataDirectory().resolve("exports");
    writeSampleData(work);
    ConnectorRegistry registry = ConnectorRegistry.discover();
    DefinitionLoader loader = new DefinitionLoader(registry);
    List<Run> runs =
        List.of(
            new Run("payment run", "vendor-payment-run.yaml", Map.of(), "payments-2026-11-20"),
            new Run(
                "payment run over the limit",
                "vendor-payment-run.yaml",
                Map.of("paymentsFile", "payments/too-large.csv"),
                "payments-2026-11-21"),
            new Run(
                "the same payment run again",
                "vendor-payment-run.yaml",
                Map.of(),
                "payments-2026-11-20"),
            new Run("daily reconciliation", "daily-reconciliation.yaml", Map.of(), null));
    out.printf(
        "Ferry demo: %d transactions of the example processes in %s%n%n", runs.size(), examples);
    try (Ledger ledger = node.openLedger();
        FerryEngine engine =
            new FerryEngine(node.engineConfig(ledger, registry).workDirectory(work).build())) {
      Instant start = Instant.now();
      TextTable summary = new TextTable("work item", "transaction", "outcome", "steps", "time");
      TransactionResult last = null;
      for (Run run : runs) {
        ProcessDefinition definition = loader.load(examples.resolve(run.file()));
        TransactionResult result =
            engine.run(
                definition,
                WorkItem.of(run.inputs()).withBusinessKey(run.businessKey()),
                RunOptions.DEFAULT.withListener(ProgressDisplay.forConsole()));
        summary.row(
            run.title(),
            result.id(),
            result.duplicate()
                ? "duplicate dropped"
                : result.status() + (result.errorCode() == null ? "" : " " + result.errorCode()),
            result.steps(),
            result.duration().toMillis() + " ms");
        if (!result.duplicate()) {
          last = result;
        }
      }
      summary.print(out);
      List<TransactionRecord> all = ledger.transactionsSince(start);
      Files.createDirectories(exports);
      try (Writer csv =
          Files.newBufferedWriter(exports.resolve("audit.jsonl"), StandardCharsets.UTF_8)) {
        new AuditExporter(ledger, engine.redactor()).export(all, ExportFormat.JSONL, csv);
      }
      try (var xes = Files.newOutputStream(exports.resolve("audit.xes"))) {
        new XesExporter(ledger, ledger.auditHead().toString()).export(all, xes);
      }
      Path pdf = exports.resolve(last.id() + ".pdf");
      new EvidenceReport(ledger, ledger.auditHead().toString()).write(last.id(), pdf);
      AuditChain.Verification verification = new AuditChain(ledger).verifyAll();
      out.printf("%nExports in %s: audit.jsonl, audit.xes and %s%n", exports, pdf.getFileName());
      out.printf(
          "Audit check: %s%n",
          verification.intact()
              ? "intact, " + verification.events() + " events, chain head " + verification.head()
              : "BROKEN: " + verification.problem());
      out.printf(
          "%nLook around:%n  ./ferry transactions%n  ./ferry show %s --details%n  ./ferry audit verify%n",
          last.id());
      boolean expected =
          all.stream()
              .allMatch(
                  t ->
                      t.status() == TransactionStatus.SUCCEEDED
                          || t.status() == TransactionStatus.BUSINESS_FAILED);
      return verification.intact() && expected ? 0 : Ferry.FAILED;
    }
  }

  private static void writeSampleData(Path work) throws java.io.IOException {
    write(
        work.resolve("payments/approved.csv"),
        "vendor,invoice,amount,iban\n"
            + "Acme Office Supplies,INV-2026-0415,1249.90,DE89370400440532013000\n"
            + "Müller Logistik GmbH,RE-88123,8600.00,DE02120300000000202051\n"
            + "Van Dijk Drukwerk,F-2026-77,350.40,NL91ABNA0417164300\n");
    write(
        work.resolve("payments/too-large.csv"),
        "vendor,invoice,amount,iban\n"
            + "Acme Office Supplies,INV-2026-0416,99.00,DE89370400440532013000\n"
            + "Big Iron Ltd,BI-7,25000.00,GB29NWBK60161331926819\n");
    write(
        work.resolve("exports/bank-statement.csv"),
        "date;amount\n2026-11-20;1249.90\n2026-11-20;350.40\n");
    write(work.resolve("exports/ledger-export.csv"), "date,amount\n2026-11-20,1600.30\n");
  }

  private static void write(Path file, String text) throws java.io.IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
