package dev.ferry.document;

import dev.ferry.document.compare.ClauseChange;
import dev.ferry.document.compare.DocumentComparer;
import dev.ferry.document.compare.DocumentComparer.Comparison;
import dev.ferry.document.layout.DocumentReader;
import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.ActionContext;
import dev.ferry.engine.spi.Evidence;
import java.util.stream.Collectors;

/**
 * {@code document.compare}: how similar two documents are (0 to 1), and which clauses were added,
 * removed or changed between two versions.
 */
public final class CompareAction implements Action<CompareInput, Comparison> {
  @Override
  public String name() {
    return "document.compare";
  }

  @Override
  public String description() {
    return "Gives the similarity of two documents (0 to 1) and a clause-by-clause difference.";
  }

  @Override
  public Class<CompareInput> inputType() {
    return CompareInput.class;
  }

  @Override
  public Class<Comparison> outputType() {
    return Comparison.class;
  }

  @Override
  public boolean idempotent() {
    return true;
  }

  @Override
  public Comparison execute(CompareInput input, ActionContext context) {
    DocumentReader reader = new DocumentReader(StepLimits.of(context));
    Comparison c =
        new DocumentComparer()
            .compare(reader.read(input.first().path()), reader.read(input.second().path()));
    String summary =
        "similarity "
            + c.similarity()
            + "\n"
            + c.clauses().stream()
                .filter(ch -> ch.kind() != ClauseChange.Kind.UNCHANGED)
                .map(ch -> ch.kind() + " " + ch.heading() + " (" + ch.similarity() + ")")
                .collect(Collectors.joining("\n"));
    context.evidence().record(Evidence.text(Evidence.Kind.FIELDS, "comparison", summary));
    return c;
  }
}
