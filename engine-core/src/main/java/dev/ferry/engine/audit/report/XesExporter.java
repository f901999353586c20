package dev.ferry.engine.audit.report;

import dev.ferry.engine.audit.report.internal.ChainStatement;
import dev.ferry.engine.audit.report.internal.XesStream;
import dev.ferry.engine.ledger.Ledger;
import dev.ferry.engine.ledger.StepRecord;
import dev.ferry.engine.ledger.TransactionRecord;
import dev.ferry.engine.secrets.Redactor;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import javax.xml.stream.XMLStreamException;

/**
 * Writes transactions as an XES event log (IEEE 1849, XES version 1.0), which process-mining tools
 * such as ProM, PM4Py and Celonis read. One trace per transaction, one event per step attempt. The
 * log declares the Concept, Time, Lifecycle and Organizational extensions, global attributes and
 * classifiers, and states the audit chain head it covers.
 *
 * <p>Events are streamed: memory does not grow with the number of steps. Instances are immutable
 * and thread-safe.
 */
public final class XesExporter {
  private final Ledger ledger;
  private final String chainHead;
  private final UnaryOperator<String> redact;

  /**
   * @param chainHead the audit chain head the export covers, such as {@code <sha-256 hex> (42
   *     events)}; null when there is none, which the log then says
   */
  public XesExporter(Ledger ledger, String chainHead) {
    this(ledger, chainHead, null);
  }

  /**
   * @param redactor masks known secret values in every text once more; null for none
   */
  public XesExporter(Ledger ledger, String chainHead, Redactor redactor) {
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.chainHead = chainHead;
    this.redact = redactor == null ? UnaryOperator.identity() : redactor::redact;
  }

  /** The result of an export: how many traces and events were written. */
  public record Written(int traces, long events) {}

  /** Writes every transaction of the ledger, oldest first. */
  public Written exportAll(OutputStream out) {
    return export(ledger.transactionsSince(Instant.EPOCH), null, null, out);
  }

  /**
   * Writes the transactions created in {@code [from, to)}, oldest first.
   *
   * @param to null for no end
   */
  public Written exportRange(Instant from, Instant to, OutputStream out) {
    Objects.requireNonNull(from, "from");
    if (to != null && !to.isAfter(from)) {
      throw new IllegalArgumentException(
          "the end of the range (" + to + ") must be after its start (" + from + ")");
    }
    List<TransactionRecord> chosen =
        ledger.transactionsSince(from).stream()
            .filter(tx -> to == null || tx.createdAt().isBefore(to))
            .toList();
    return export(chosen, from, to, out);
  }

  /** Writes the given transactions, in the order given. The stream stays open. */
  public Written export(List<TransactionRecord> transactions, OutputStream out) {
    return export(transactions, null, null, out);
  }

  private Written export(
      List<TransactionRecord> transactions, Instant from, Instant to, OutputStream out) {
    Objects.requireNonNull(transactions, "transactions");
    Objects.requireNonNull(out, "out");
    long events = 0;
    try (XesStream xes = new XesStream(out)) {
      startLog(xes, from, to);
      for (TransactionRecord tx : transactions) {
        events += trace(xes, tx);
        xes.flush();
      }
      xes.end();
    } catch (XMLStreamException e) {
      Throwable cause = e.getNestedException() != null ? e.getNestedException() : e;
      throw new ReportException(
          "cannot write the XES export: "
              + cause.getMessage()
              + ". Check that the target is writable and has free space.",
          e);
    }
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Written(transactions.size(), events);
  }

  private void startLog(XesStream xes, Instant from, Instant to) throws XMLStreamException {
    xes.start("log");
    xes.attribute("xes.version", "1.0");
    xes.comment("Ferry audit export; it " + ChainStatement.of(chainHead));
    xes.empty(
        "extension",
        "name",
        "Concept",
        "prefix",
        "concept",
        "uri",
        "http://www.xes-standard.org/concept.xesext");
    xes.empty(
        "extension",
        "name",
        "Time",
        "prefix",
        "time",
        "uri",
        "http://www.xes-standard.org/time.xesext");
    xes.empty(
        "extension",
        "name",
        "Lifecycle",
        "prefix",
        "lifecycle",
        "uri",
        "http://www.xes-standard.org/lifecycle.xesext");
    xes.empty(
        "extension",
        "name",
        "Organizational",
        "prefix",
        "org",
        "uri",
        "http://www.xes-standard.org/org.xesext");
    xes.start("global");
    xes.attribute("scope", "trace");
    xes.string("concept:name", "__INVALID__");
    xes.end();
    xes.start("global");
    xes.attribute("scope", "event");
    xes.string("concept:name", "__INVALID__");
    xes.string("lifecycle:transition", "complete");
    xes.date("time:timestamp", Instant.EPOCH);
    xes.string("org:resource", "ferry");
    xes.string("outcome", "UNKNOWN");
    xes.end();
    xes.empty("classifier", "name", "Activity", "keys", "concept:name");
    xes.empty(
        "classifier", "name", "ActivityTransition", "keys", "concept:name lifecycle:transition");
    xes.empty("classifier", "name", "Action", "keys", "action");
    xes.string("concept:name", "Ferry audit log");
    xes.string("lifecycle:model", "standard");
    xes.string("source", "Ferry");
    xes.string("auditChainHead", chainHead == null || chainHead.isBlank() ? "none" : chainHead);
    xes.string("auditChainStatement", "This export " + ChainStatement.of(chainHead));
    xes.date("exportedAt", Instant.now());
    xes.date("rangeFrom", from);
    xes.date("rangeTo", to);
  }

  private long trace(XesStream xes, TransactionRecord tx) throws XMLStreamException {
    xes.start("trace");
    xes.string("concept:name", tx.id().value());
    xes.string("process", tx.definitionName());
    xes.integer("processVersion", tx.definitionVersion());
    xes.string("definitionSha256", tx.definitionSha256());
    xes.string("businessKey", redact.apply(tx.businessKey()));
    xes.string("status", tx.status().name());
    xes.bool("dryRun", tx.dryRun());
    xes.date("createdAt", tx.createdAt());
    xes.date("startedAt", tx.startedAt());
    xes.date("endedAt", tx.endedAt());
    xes.string("errorKind", tx.errorKind());
    xes.string("errorCode", tx.errorCode());
    xes.string("errorMessage", redact.apply(tx.errorMessage()));
    long events = 0;
    for (StepRecord step : ledger.steps(tx.id())) {
      event(xes, step);
      events++;
    }
    xes.end();
    return events;
  }

  private void event(XesStream xes, StepRecord step) throws XMLStreamException {
    boolean finished = step.endedAt() != null;
    xes.start("event");
    xes.string("concept:name", activity(step));
    // A step that never ended (running, or in doubt after a crash) is only known to have started.
    xes.string("lifecycle:transition", finished ? "complete" : "start");
    xes.date("time:timestamp", finished ? step.endedAt() : step.startedAt());
    xes.string("org:resource", step.application() == null ? "ferry" : step.application());
    xes.date("start_timestamp", step.startedAt());
    xes.integer("seq", step.seq());
    xes.string("stepPath", step.stepPath());
    xes.string("stepId", step.stepId());
    xes.string("action", step.action());
    xes.integer("attempt", step.attempt());
    xes.string("outcome", step.outcome());
    xes.string("errorCode", step.errorCode());
    xes.string("errorMessage", redact.apply(step.errorMessage()));
    if (finished && step.startedAt() != null) {
      xes.integer("durationMs", step.endedAt().toEpochMilli() - step.startedAt().toEpochMilli());
    }
    xes.end();
  }

  /**
   * The activity name: the step's path without loop positions, so that {@code lines[2]/fill} and
   * {@code lines[3]/fill} are one activity; the action when the step has no path.
   */
  static String activity(StepRecord step) {
    String path = step.stepPath();
    if (path == null || path.isBlank()) {
      return step.action() == null ? "unnamed step" : step.action();
    }
    return path.replaceAll("\\[\\d+]", "");
  }
}
