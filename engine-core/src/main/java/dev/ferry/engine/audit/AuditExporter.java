package dev.ferry.engine.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ferry.engine.ledger.Ledger;
import dev.ferry.engine.ledger.StepRecord;
import dev.ferry.engine.ledger.TransactionRecord;
import dev.ferry.engine.secrets.Redactor;
import dev.ferry.engine.spi.Evidence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the step records of transactions for auditors: who (the process and version), what (the
 * action, its redacted input and output, its outcome), when (start, end, duration), and what
 * evidence was kept. Every export names the audit chain head it covers: a header line in JSON
 * Lines, a {@code chain_head} column in CSV.
 */
public final class AuditExporter {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .setNodeFactory(
              com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));
  static final List<String> COLUMNS =
      List.of(
          "transaction_id",
          "process",
          "version",
          "business_key",
          "transaction_status",
          "seq",
          "step_path",
          "step_id",
          "action",
          "application",
          "attempt",
          "outcome",
          "error_code",
          "error_message",
          "started_at",
          "ended_at",
          "duration_ms",
          "input",
          "output",
          "evidence");

  private final Ledger ledger;
  private final Redactor redactor;

  public AuditExporter(Ledger ledger, Redactor redactor) {
    this.ledger = ledger;
    this.redactor = redactor;
  }

  /**
   * Writes every step of the given transactions.
   *
   * @return the number of step rows written
   */
  public int export(List<TransactionRecord> transactions, ExportFormat format, Writer out) {
    AuditHead head = ledger.auditHead();
    int rows = 0;
    try {
      if (format == ExportFormat.CSV) {
        out.write(String.join(",", COLUMNS) + ",chain_head\r\n");
      } else {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("export", "ferry-audit");
        header.put("chain_head", head.hash());
        header.put("sealed_transactions", head.seals());
        header.put("transactions", transactions.size());
        out.write(JSON.writeValueAsString(header) + "\n");
      }
      for (TransactionRecord tx : transactions) {
        for (StepRecord step : ledger.steps(tx.id())) {
          Map<String, Object> row = row(tx, step);
          if (format == ExportFormat.CSV) {
            row.put("chain_head", head.hash());
          }
          out.write(format == ExportFormat.CSV ? csvLine(row) : jsonLine(row));
          rows++;
        }
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  private Map<String, Object> row(TransactionRecord tx, StepRecord step) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("transaction_id", tx.id().value());
    row.put("process", tx.definitionName());
    row.put("version", tx.definitionVersion());
    row.put("business_key", tx.businessKey());
    row.put("transaction_status", tx.status().name());
    row.put("seq", step.seq());
    row.put("step_path", step.stepPath());
    row.put("step_id", step.stepId());
    row.put("action", step.action());
    row.put("application", step.application());
    row.put("attempt", step.attempt());
    row.put("outcome", step.outcome());
    row.put("error_code", step.errorCode());
    row.put("error_message", redactor.redact(step.errorMessage()));
    row.put("started_at", step.startedAt() == null ? null : step.startedAt().toString());
    row.put("ended_at", step.endedAt() == null ? null : step.endedAt().toString());
    row.put(
        "duration_ms",
        step.endedAt() == null
            ? null
            : Duration.between(step.startedAt(), step.endedAt()).toMillis());
    row.put("input", redactor.redact(step.inputJson()));
    row.put("output", redactor.redact(step.outputJson()));
    row.put("evidence", describeEvidence(ledger.evidence(tx.id(), step.seq())));
    return row;
  }

  private static String describeEvidence(List<Evidence> evidence) {
    return evidence.stream()
        .map(
            e ->
                e.kind().name().toLowerCase(java.util.Locale.ROOT)
                    + ":"
                    + e.label()
                    + " ("
                    + e.mediaType()
                    + ", "
                    + e.content().length
                    + " bytes)")
        .collect(Collectors.joining("; "));
  }

  private static String csvLine(Map<String, Object> row) {
    return row.values().stream().map(AuditExporter::csvField).collect(Collectors.joining(","))
        + "\r\n";
  }

  private static String csvField(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }

  private static String jsonLine(Map<String, Object> row) {
    try {
      Map<String, Object> structured = new LinkedHashMap<>(row);
      for (String key : List.of("input", "output")) {
        if (row.get(key) instanceof String text) {
          structured.put(key, JSON.readTree(text));
        }
      }
      return JSON.writeValueAsString(structured) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
