package dev.ferry.document;

import dev.ferry.document.invoice.Invoice;
import dev.ferry.engine.spi.DocumentRef;
import dev.ferry.engine.spi.Param;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The input of {@code document.extract-invoice}.
 *
 * @param document the invoice, a PDF or a text file
 * @param minConfidence the confidence (0 to 1) each required field must reach
 * @param requiredFields the fields that must be found with at least {@code minConfidence}
 * @param useEmbeddedXml whether e-invoice XML embedded in the PDF is preferred to the pages
 */
public record ExtractInvoiceInput(
    @Param("The invoice to read: a PDF or a text file.") DocumentRef document,
    @Param(value = "The confidence (0 to 1) every required field must reach.", defaultValue = "0.8")
        BigDecimal minConfidence,
    @Param(
            value =
                "Fields that must be found with at least min-confidence: vendor, number, date,"
                    + " dueDate, currency, net, tax, total, purchaseOrder, iban.",
            defaultValue = "[vendor, number, date, currency, total]")
        List<String> requiredFields,
    @Param(
            value = "Prefer e-invoice XML (ZUGFeRD, Factur-X, XRechnung) embedded in the PDF.",
            defaultValue = "true")
        Boolean useEmbeddedXml) {
  public static final List<String> DEFAULT_REQUIRED =
      List.of("vendor", "number", "date", "currency", "total");

  public ExtractInvoiceInput {
    Objects.requireNonNull(document, "document");
    minConfidence = minConfidence == null ? new BigDecimal("0.8") : minConfidence;
    if (minConfidence.signum() < 0 || minConfidence.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("min-confidence is between 0 and 1: " + minConfidence);
    }
    requiredFields = requiredFields == null ? DEFAULT_REQUIRED : List.copyOf(requiredFields);
    for (String f : requiredFields) {
      if (!Invoice.FIELDS.contains(f)) {
        throw new IllegalArgumentException(
            "unknown invoice field '" + f + "'; the fields are " + Invoice.FIELDS);
      }
    }
    useEmbeddedXml = useEmbeddedXml == null || useEmbeddedXml;
  }

  /** An input with the defaults. */
  public static ExtractInvoiceInput of(DocumentRef document) {
    return new ExtractInvoiceInput(document, null, null, null);
  }
}
