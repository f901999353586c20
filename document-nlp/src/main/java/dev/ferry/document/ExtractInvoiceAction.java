package dev.ferry.document;

import dev.ferry.document.invoice.Invoice;
import dev.ferry.document.invoice.InvoiceExtractor;
import dev.ferry.document.invoice.Provenance;
import dev.ferry.document.layout.DocumentText;
import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.ActionContext;
import dev.ferry.engine.spi.BusinessException;
import dev.ferry.engine.spi.Evidence;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code document.extract-invoice}: the invoice's fields, each with its provenance. A required
 * field that is missing or below the confidence threshold is a business failure ({@code
 * LOW_CONFIDENCE}) naming the field, so that a person reviews the invoice.
 */
public final class ExtractInvoiceAction implements Action<ExtractInvoiceInput, Invoice> {
  @Override
  public String name() {
    return "document.extract-invoice";
  }

  @Override
  public String description() {
    return "Extracts vendor, number, dates, currency, totals, VAT, order number, IBAN and line"
        + " items from an invoice, with the page, position and confidence of each.";
  }

  @Override
  public Class<ExtractInvoiceInput> inputType() {
    return ExtractInvoiceInput.class;
  }

  @Override
  public Class<Invoice> outputType() {
    return Invoice.class;
  }

  @Override
  public boolean idempotent() {
    return true;
  }

  @Override
  public Invoice execute(ExtractInvoiceInput input, ActionContext context) {
    InvoiceExtractor extractor =
        new InvoiceExtractor(
            StepLimits.of(context), context.session(DocumentSession.class).templates());
    DocumentText text = extractor.reader().read(input.document().path());
    Invoice invoice = input.useEmbeddedXml() ? extractor.extract(text) : extractor.fromLayout(text);
    context
        .evidence()
        .record(Evidence.text(Evidence.Kind.FIELDS, "extracted fields", invoice.describe()));
    check(invoice, input);
    return invoice;
  }

  private static void check(Invoice invoice, ExtractInvoiceInput input) {
    List<String> missing = new ArrayList<>();
    List<String> weak = new ArrayList<>();
    for (String field : input.requiredFields()) {
      Provenance p = invoice.provenance().get(field);
      if (p == null) {
        missing.add(field);
      } else if (p.confidence().compareTo(input.minConfidence()) < 0) {
        weak.add(
            "'"
                + field
                + "' = '"
                + p.value()
                + "' has confidence "
                + p.confidence()
                + (p.page() == null ? "" : " (page " + p.page() + ")")
                + ", read from \""
                + p.evidence()
                + "\"");
      }
    }
    if (missing.isEmpty() && weak.isEmpty()) {
      return;
    }
    StringBuilder m = new StringBuilder("Invoice ").append(input.document().name()).append(": ");
    if (!missing.isEmpty()) {
      m.append(missing.stream().map(f -> "'" + f + "'").collect(Collectors.joining(", ")));
      m.append(missing.size() == 1 ? " was" : " were").append(" not found. ");
    }
    if (!weak.isEmpty()) {
      m.append(String.join("; ", weak)).append(", below the threshold ");
      m.append(input.minConfidence()).append(". ");
    }
    m.append("Review the invoice by hand.");
    throw new BusinessException("LOW_CONFIDENCE", m.toString());
  }
}
