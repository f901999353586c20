package dev.ferry.document;

import dev.ferry.document.contract.Contract;
import dev.ferry.document.contract.ContractExtractor;
import dev.ferry.document.invoice.Provenance;
import dev.ferry.document.layout.DocumentReader;
import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.ActionContext;
import dev.ferry.engine.spi.Evidence;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code document.extract-contract}: parties, dates, governing law, notice and renewal terms, and
 * whether termination-for-convenience, assignment and change-of-control clauses are present, each
 * with the sentence it came from.
 */
public final class ExtractContractAction implements Action<ExtractContractInput, Contract> {
  @Override
  public String name() {
    return "document.extract-contract";
  }

  @Override
  public String description() {
    return "Extracts parties, dates, governing law and key clauses from an English contract.";
  }

  @Override
  public Class<ExtractContractInput> inputType() {
    return ExtractContractInput.class;
  }

  @Override
  public Class<Contract> outputType() {
    return Contract.class;
  }

  @Override
  public boolean idempotent() {
    return true;
  }

  @Override
  public Contract execute(ExtractContractInput input, ActionContext context) {
    var text = new DocumentReader(StepLimits.of(context)).read(input.document().path());
    Contract contract =
        new ContractExtractor(context.session(DocumentSession.class).ner()).extract(text);
    StringBuilder b = new StringBuilder();
    for (Map.Entry<String, Provenance> e : new TreeMap<>(contract.provenance()).entrySet()) {
      b.append(e.getKey()).append(": ").append(e.getValue().value()).append("  [");
      b.append(e.getValue().method()).append(", confidence ").append(e.getValue().confidence());
      b.append("] from \"").append(e.getValue().evidence()).append("\"\n");
    }
    context.evidence().record(Evidence.text(Evidence.Kind.FIELDS, "contract terms", b.toString()));
    return contract;
  }
}
