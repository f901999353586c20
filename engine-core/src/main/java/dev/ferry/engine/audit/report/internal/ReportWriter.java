package dev.ferry.engine.audit.report.internal;

import dev.ferry.engine.ledger.Ledger;
import dev.ferry.engine.ledger.StepRecord;
import dev.ferry.engine.ledger.TransactionRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.function.UnaryOperator;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * Writes one transaction's evidence report: the summary page, then a section per step attempt, with
 * a bookmark for each so that a reader can jump to a step.
 */
public final class ReportWriter {
  private final Ledger ledger;
  private final String chainStatement;
  private final UnaryOperator<String> redact;

  private final String shortChainStatement;

  /**
   * @param chainHead the chain head the report covers; null for none
   */
  public ReportWriter(Ledger ledger, String chainHead, UnaryOperator<String> redact) {
    this.ledger = ledger;
    this.chainStatement = ChainStatement.of(chainHead);
    this.shortChainStatement = ChainStatement.abbreviated(chainHead);
    this.redact = redact;
  }

  /**
   * Writes the PDF.
   *
   * @return how many pages it has
   */
  public int write(TransactionRecord tx, OutputStream out) throws IOException {
    List<StepRecord> steps = ledger.steps(tx.id());
    Instant now = Instant.now();
    try (PDDocument document = new PDDocument()) {
      ReportFonts fonts = ReportFonts.load(document);
      PDDocumentOutline outline = new PDDocumentOutline();
      try (PageFlow flow = new PageFlow(document, fonts)) {
        bookmark(outline, "Summary", new StepSection.Anchor(flow.page(), flow.top()));
        new SummaryPage(flow, redact).write(tx, steps, chainStatement, now);
        EvidenceBlock evidence = new EvidenceBlock(document, flow, redact);
        for (StepRecord step : steps) {
          StepSection section = new StepSection(flow, evidence, redact);
          StepSection.Anchor anchor = section.begin();
          bookmark(outline, "Step " + step.seq() + ": " + step.stepPath(), anchor);
          section.write(step, ledger.evidence(tx.id(), step.seq()));
        }
      }
      PageStamps.stamp(
          document,
          fonts,
          "Ferry evidence report - transaction "
              + tx.id().value()
              + " - "
              + tx.definitionName()
              + " v"
              + tx.definitionVersion(),
          "This report " + shortChainStatement);
      document.getDocumentCatalog().setDocumentOutline(outline);
      document.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
      describe(document.getDocumentInformation(), tx, now);
      document.save(out);
      return document.getNumberOfPages();
    }
  }

  private static void bookmark(PDDocumentOutline outline, String title, StepSection.Anchor at) {
    PDPageXYZDestination destination = new PDPageXYZDestination();
    destination.setPage(at.page());
    destination.setTop((int) at.top() + 4);
    PDOutlineItem item = new PDOutlineItem();
    item.setTitle(title);
    item.setDestination(destination);
    outline.addLast(item);
  }

  private void describe(PDDocumentInformation info, TransactionRecord tx, Instant now) {
    info.setTitle("Evidence report for transaction " + tx.id().value());
    info.setSubject(
        tx.definitionName() + " version " + tx.definitionVersion() + ", " + tx.status());
    info.setKeywords(chainStatement);
    info.setCreator("Ferry");
    info.setProducer("Ferry with Apache PDFBox");
    Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    created.setTimeInMillis(now.toEpochMilli());
    info.setCreationDate(created);
  }
}
