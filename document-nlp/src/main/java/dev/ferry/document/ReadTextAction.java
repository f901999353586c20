package dev.ferry.document;

import dev.ferry.document.layout.DocumentReader;
import dev.ferry.document.layout.DocumentText;
import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.ActionContext;
import dev.ferry.engine.spi.Evidence;

/** {@code document.read-text}: the text of a document in reading order. */
public final class ReadTextAction implements Action<ReadTextInput, ReadTextOutput> {
  static final int EVIDENCE_CHARS = 20_000;

  @Override
  public String name() {
    return "document.read-text";
  }

  @Override
  public String description() {
    return "Reads the text of a PDF or text file in reading order.";
  }

  @Override
  public Class<ReadTextInput> inputType() {
    return ReadTextInput.class;
  }

  @Override
  public Class<ReadTextOutput> outputType() {
    return ReadTextOutput.class;
  }

  @Override
  public boolean idempotent() {
    return true;
  }

  @Override
  public ReadTextOutput execute(ReadTextInput input, ActionContext context) {
    DocumentText text = new DocumentReader(StepLimits.of(context)).read(input.document().path());
    String plain = text.text();
    context
        .evidence()
        .record(
            Evidence.text(
                Evidence.Kind.SCREEN_TEXT,
                input.document().name(),
                plain.length() > EVIDENCE_CHARS ? plain.substring(0, EVIDENCE_CHARS) : plain));
    return new ReadTextOutput(
        plain,
        text.pages().size(),
        text.wordCount(),
        text.attachments().stream().map(DocumentText.Attachment::name).toList());
  }
}
