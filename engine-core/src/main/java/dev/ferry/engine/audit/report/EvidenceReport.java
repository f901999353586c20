package dev.ferry.engine.audit.report;

import dev.ferry.engine.audit.report.internal.ReportWriter;
import dev.ferry.engine.ledger.Ledger;
import dev.ferry.engine.ledger.TransactionRecord;
import dev.ferry.engine.secrets.Redactor;
import dev.ferry.engine.spi.TransactionId;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The PDF evidence report of one transaction, for auditors: a summary page (process, version,
 * business key, status, times, error, inputs, final variables, a table of the steps, and the audit
 * chain head the report covers), then one section per step attempt with its action, application,
 * outcome, timing, input, output and evidence (screenshots, terminal screen text, URLs, HTML,
 * notes). Every page carries the transaction id and the chain head.
 *
 * <p>Inputs and outputs come from the ledger already redacted; when a {@link Redactor} is given,
 * every text in the report passes through it once more. Text the fonts cannot draw is replaced by
 * {@code ?}. Text blocks longer than 60,000 characters are cut with a note (the JSON Lines export
 * keeps everything).
 *
 * <p>Instances are immutable and thread-safe; each {@link #write} builds its own document.
 */
public final class EvidenceReport {
  private final Ledger ledger;
  private final String chainHead;
  private final UnaryOperator<String> redact;

  /**
   * @param chainHead the audit chain head this report covers, such as {@code <sha-256 hex> (42
   *     events)}; null when there is none, which the report then says
   */
  public EvidenceReport(Ledger ledger, String chainHead) {
    this(ledger, chainHead, null);
  }

  /**
   * @param chainHead as in {@link #EvidenceReport(Ledger, String)}
   * @param redactor masks known secret values in every text once more; null for none
   */
  public EvidenceReport(Ledger ledger, String chainHead, Redactor redactor) {
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.chainHead = chainHead;
    this.redact = redactor == null ? UnaryOperator.identity() : redactor::redact;
  }

  /**
   * Writes the report of a transaction to a PDF file, replacing it; the file appears only once it
   * is complete.
   *
   * @return how many pages the report has
   * @throws ReportException when the ledger has no such transaction or the file cannot be written
   */
  public int write(TransactionId id, Path pdf) {
    Objects.requireNonNull(pdf, "pdf");
    TransactionRecord tx = find(id);
    Path target = pdf.toAbsolutePath();
    Path partial = target.resolveSibling(target.getFileName() + ".partial");
    try {
      if (target.getParent() != null) {
        Files.createDirectories(target.getParent());
      }
      int pages;
      try (OutputStream out = Files.newOutputStream(partial)) {
        pages = writer().write(tx, out);
      }
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
      return pages;
    } catch (IOException e) {
      try {
        Files.deleteIfExists(partial);
      } catch (IOException ignored) {
        // The write already failed; that failure is the one to report.
      }
      throw new ReportException(
          "cannot write the evidence report of "
              + id
              + " to "
              + target
              + ": "
              + e.getMessage()
              + ". Check that the folder exists, is writable and has free space.",
          e);
    }
  }

  /**
   * Writes the report of a transaction to a stream, which stays open.
   *
   * @return how many pages the report has
   */
  public int write(TransactionId id, OutputStream out) {
    Objects.requireNonNull(out, "out");
    TransactionRecord tx = find(id);
    try {
      return writer().write(tx, out);
    } catch (IOException e) {
      throw new ReportException(
          "cannot write the evidence report of " + id + ": " + e.getMessage(), e);
    }
  }

  private TransactionRecord find(TransactionId id) {
    Objects.requireNonNull(id, "id");
    return ledger
        .transaction(id)
        .orElseThrow(
            () ->
                new ReportException(
                    "the ledger has no transaction "
                        + id
                        + "; list the transactions with `ferry list` and check the id"));
  }

  private ReportWriter writer() {
    return new ReportWriter(ledger, chainHead, redact);
  }
}
