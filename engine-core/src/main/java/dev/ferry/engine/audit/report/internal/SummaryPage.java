package dev.ferry.engine.audit.report.internal;

import dev.ferry.engine.ledger.StepRecord;
import dev.ferry.engine.ledger.TransactionRecord;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** The report's first page: the transaction as a whole and a table of its steps. */
final class SummaryPage {
  private static final float SIZE = 9;
  private static final float LABEL = 105;
  private static final List<String> COLUMNS =
      List.of("#", "Step", "Action", "App", "Try", "Outcome", "Started (UTC)", "Duration");
  private static final float[] WIDTHS = {18, 104, 108, 44, 20, 84, 62, 55};

  private final PageFlow flow;
  private final UnaryOperator<String> redact;

  SummaryPage(PageFlow flow, UnaryOperator<String> redact) {
    this.flow = flow;
    this.redact = redact;
  }

  void write(TransactionRecord tx, List<StepRecord> steps, String chainStatement, Instant now)
      throws IOException {
    flow.paragraph("Evidence report", flow.fonts().bold(), 18);
    flow.paragraph("Transaction " + tx.id().value(), flow.fonts().regular(), 12);
    flow.gap(6);
    flow.rule();
    field("Process", tx.definitionName() + ", version " + tx.definitionVersion());
    field("Definition", "SHA-256 " + tx.definitionSha256());
    field("Business key", Display.orDash(redact.apply(tx.businessKey())));
    field("Status", tx.status().name() + (tx.dryRun() ? " (dry run: nothing was changed)" : ""));
    field("Created", Display.time(tx.createdAt()));
    field("Started", Display.time(tx.startedAt()));
    field("Ended", Display.time(tx.endedAt()));
    field("Duration", Display.duration(tx.startedAt(), tx.endedAt()));
    if (tx.currentStep() != null) {
      field("Current step", tx.currentStep());
    }
    if (tx.errorKind() != null || tx.errorCode() != null || tx.errorMessage() != null) {
      field(
          "Error",
          Display.orDash(tx.errorKind())
              + " failure "
              + Display.orDash(tx.errorCode())
              + ": "
              + Display.orDash(redact.apply(tx.errorMessage())));
    }
    field("Steps", steps.size() + " step attempts recorded");
    field("Audit chain", "This report " + chainStatement + ".");
    field("Report made", Display.time(now) + " by Ferry");
    flow.gap(8);
    heading("Inputs");
    flow.monoBox(Display.json(redact.apply(tx.inputsJson())), 8, 100);
    heading("Final variables");
    flow.monoBox(Display.json(redact.apply(tx.variablesJson())), 8, 100);
    heading("Steps");
    List<List<String>> rows = new ArrayList<>();
    for (StepRecord step : steps) {
      rows.add(
          List.of(
              String.valueOf(step.seq()),
              Display.orDash(step.stepPath()),
              Display.orDash(step.action()),
              Display.orDash(step.application()),
              String.valueOf(step.attempt()),
              Display.orDash(step.outcome()),
              Display.clock(step.startedAt()),
              Display.duration(step.startedAt(), step.endedAt())));
    }
    if (rows.isEmpty()) {
      flow.paragraph("No step has run.", flow.fonts().regular(), SIZE);
    } else {
      new TableBlock(flow, COLUMNS, WIDTHS, 8).write(rows);
    }
  }

  private void field(String label, String value) throws IOException {
    flow.field(label, value, LABEL, SIZE);
  }

  private void heading(String text) throws IOException {
    flow.ensure(40);
    flow.gap(4);
    flow.paragraph(text, flow.fonts().bold(), 11);
    flow.gap(2);
  }
}
