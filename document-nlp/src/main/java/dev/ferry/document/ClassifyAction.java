package dev.ferry.document;

import dev.ferry.document.classify.DocumentClassifier;
import dev.ferry.document.classify.DocumentClassifier.Classification;
import dev.ferry.document.layout.DocumentReader;
import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.ActionContext;
import dev.ferry.engine.spi.Evidence;

/** {@code document.classify}: invoice, contract or other. */
public final class ClassifyAction implements Action<ClassifyInput, Classification> {
  @Override
  public String name() {
    return "document.classify";
  }

  @Override
  public String description() {
    return "Tells whether a document is an invoice, a contract or something else.";
  }

  @Override
  public Class<ClassifyInput> inputType() {
    return ClassifyInput.class;
  }

  @Override
  public Class<Classification> outputType() {
    return Classification.class;
  }

  @Override
  public boolean idempotent() {
    return true;
  }

  @Override
  public Classification execute(ClassifyInput input, ActionContext context) {
    var text = new DocumentReader(StepLimits.of(context)).read(input.document().path());
    Classification c = new DocumentClassifier().classify(text);
    context
        .evidence()
        .record(
            Evidence.text(
                Evidence.Kind.FIELDS,
                "classification",
                input.document().name()
                    + ": "
                    + c.type()
                    + " (confidence "
                    + c.confidence()
                    + ", invoice terms "
                    + c.invoiceScore()
                    + ", contract terms "
                    + c.contractScore()
                    + ")"));
    return c;
  }
}
