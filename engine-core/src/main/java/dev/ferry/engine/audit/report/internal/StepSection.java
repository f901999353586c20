package dev.ferry.engine.audit.report.internal;

import dev.ferry.engine.ledger.StepRecord;
import dev.ferry.engine.spi.Evidence;
import java.io.IOException;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.pdfbox.pdmodel.PDPage;

/** One step attempt: what ran, how it ended, its input and output, and its evidence. */
final class StepSection {
  private static final float SIZE = 9;
  private static final float LABEL = 80;

  /** Below this much room a step starts on a new page rather than begin at the foot of one. */
  private static final float MIN_ROOM = 220;

  private final PageFlow flow;
  private final EvidenceBlock evidenceBlock;
  private final UnaryOperator<String> redact;

  StepSection(PageFlow flow, EvidenceBlock evidenceBlock, UnaryOperator<String> redact) {
    this.flow = flow;
    this.evidenceBlock = evidenceBlock;
    this.redact = redact;
  }

  /** Starts the section where it fits; returns the page and height where its title is. */
  Anchor begin() throws IOException {
    if (flow.remaining() < MIN_ROOM) {
      flow.newPage();
    } else {
      flow.gap(10);
    }
    return new Anchor(flow.page(), flow.top());
  }

  void write(StepRecord step, List<Evidence> evidence) throws IOException {
    flow.paragraph(
        "Step " + step.seq() + ": " + Display.orDash(step.stepPath()), flow.fonts().bold(), 12);
    flow.rule();
    field("Action", Display.orDash(step.action()));
    field("Application", Display.orDash(step.application()));
    field("Step id", Display.orDash(step.stepId()));
    field("Attempt", String.valueOf(step.attempt()));
    field("Outcome", Display.orDash(step.outcome()));
    if (step.errorCode() != null || step.errorMessage() != null) {
      field(
          "Error",
          Display.orDash(step.errorCode())
              + ": "
              + Display.orDash(redact.apply(step.errorMessage())));
    }
    field("Started", Display.time(step.startedAt()));
    field("Ended", step.endedAt() == null ? "- (it did not finish)" : Display.time(step.endedAt()));
    field("Duration", Display.duration(step.startedAt(), step.endedAt()));
    subheading("Input");
    flow.monoBox(Display.json(redact.apply(step.inputJson())), 8, 100);
    subheading("Output");
    flow.monoBox(Display.json(redact.apply(step.outputJson())), 8, 100);
    if (!evidence.isEmpty()) {
      flow.ensure(36 + evidenceBlock.startHeight(evidence.get(0)));
    }
    subheading("Evidence");
    if (evidence.isEmpty()) {
      flow.paragraph("No evidence was recorded for this step.", flow.fonts().regular(), SIZE);
    }
    for (Evidence each : evidence) {
      evidenceBlock.write(each);
    }
  }

  private void field(String label, String value) throws IOException {
    flow.field(label, value, LABEL, SIZE);
  }

  private void subheading(String text) throws IOException {
    flow.ensure(36);
    flow.gap(3);
    flow.paragraph(text, flow.fonts().bold(), 10);
  }

  /** Where a section starts, for the document outline. */
  record Anchor(PDPage page, float top) {}
}
