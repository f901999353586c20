package dev.ferry.app;

import dev.ferry.engine.audit.AuditChain;
import dev.ferry.engine.audit.AuditExporter;
import dev.ferry.engine.audit.ExportFormat;
import dev.ferry.engine.audit.report.EvidenceReport;
import dev.ferry.engine.audit.report.XesExporter;
import dev.ferry.engine.ledger.Ledger;
import dev.ferry.engine.ledger.TransactionRecord;
import dev.ferry.engine.secrets.Redactor;
import dev.ferry.engine.spi.TransactionId;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ferry audit ...}: the audit trail. */
@Command(
    name = "audit",
    description = "Verify and export the audit trail.",
    subcommands = {AuditCommand.Export.class, AuditCommand.Verify.class, AuditCommand.Report.class})
final class AuditCommand {

  /** {@code ferry audit verify}. */
  @Command(
      name = "verify",
      description =
          "Recompute every hash of the audit trail; name the first entry that does not match.")
  static final class Verify implements Callable<Integer> {
    @Option(
        names = "--transaction",
        paramLabel = "TX",
        description = "Check only this transaction.")
    String transaction;

    @Mixin NodeOptions node;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      var out = spec.commandLine().getOut();
      try (Ledger ledger = node.openLedger()) {
        AuditChain chain = new AuditChain(ledger);
        AuditChain.Verification result =
            transaction == null ? chain.verifyAll() : chain.verify(new TransactionId(transaction));
        if (result.intact()) {
          out.printf(
              "Audit trail intact: %d events and %d seals checked; chain head %s%n",
              result.events(), result.seals(), result.head());
          return 0;
        }
        out.printf("Audit trail BROKEN: %s%n", result.problem());
        return Ferry.FAILED;
      }
    }
  }

  /** {@code ferry audit report TX --out FILE.pdf}. */
  @Command(
      name = "report",
      description =
          "Write one transaction's PDF evidence report: a summary, then every step with its evidence.")
  static final class Report implements Callable<Integer> {
    @picocli.CommandLine.Parameters(paramLabel = "TX", description = "The transaction.")
    String transaction;

    @Option(
        names = "--out",
        required = true,
        paramLabel = "FILE",
        description = "The PDF to write.")
    Path out;

    @Mixin NodeOptions node;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      try (Ledger ledger = node.openLedger()) {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        var head = ledger.auditHead();
        int pages =
            new EvidenceReport(ledger, head.toString()).write(new TransactionId(transaction), out);
        spec.commandLine()
            .getOut()
            .printf("Wrote %d pages to %s, covering audit chain head %s%n", pages, out, head);
      }
      return 0;
    }
  }

  /** {@code ferry audit export}. */
  @Command(
      name = "export",
      description = "Write every step of some transactions as CSV or JSON Lines.")
  static final class Export implements Callable<Integer> {
    @Option(names = "--format", required = true, description = "csv, jsonl or xes.")
    String format;

    @ArgGroup(multiplicity = "1")
    Selection selection;

    static final class Selection {
      @Option(names = "--transaction", paramLabel = "TX", description = "One transaction.")
      String transaction;

      @Option(
          names = "--since",
          paramLabel = "DATE",
          description = "Transactions created on or after this date (YYYY-MM-DD, UTC) or instant.")
      String since;
    }

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write.")
    Path out;

    @Mixin NodeOptions node;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      try (Ledger ledger = node.openLedger()) {
        List<TransactionRecord> transactions = select(ledger);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        if (format.equalsIgnoreCase("xes")) {
          XesExporter.Written written;
          try (var stream = Files.newOutputStream(out)) {
            written =
                new XesExporter(ledger, ledger.auditHead().toString()).export(transactions, stream);
          }
          spec.commandLine()
              .getOut()
              .printf(
                  "Wrote %d traces and %d events as XES to %s, covering audit chain head %s%n",
                  written.traces(), written.events(), out, ledger.auditHead());
          return 0;
        }
        ExportFormat exportFormat = parseFormat(format);
        int rows;
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
          rows =
              new AuditExporter(ledger, new Redactor()).export(transactions, exportFormat, writer);
        }
        spec.commandLine()
            .getOut()
            .printf(
                "Wrote %d steps of %d transactions to %s, covering audit chain head %s%n",
                rows, transactions.size(), out, ledger.auditHead());
      }
      return 0;
    }

    private List<TransactionRecord> select(Ledger ledger) {
      if (selection.transaction != null) {
        return ledger
            .transaction(new TransactionId(selection.transaction))
            .map(List::of)
            .orElseThrow(
                () -> new IllegalArgumentException("no transaction " + selection.transaction));
      }
      return ledger.transactionsSince(parseSince(selection.since));
    }

    private static Instant parseSince(String text) {
      try {
        return text.length() == 10
            ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
            : Instant.parse(text);
      } catch (java.time.format.DateTimeParseException e) {
        throw new IllegalArgumentException(
            "--since needs a date such as 2026-01-31 or an instant such as 2026-01-31T09:00:00Z, not '"
                + text
                + "'");
      }
    }

    private static ExportFormat parseFormat(String text) {
      try {
        return ExportFormat.valueOf(text.toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "--format must be csv, jsonl or xes, not '" + text + "'");
      }
    }
  }
}
