package dev.ferry.document.invoice;

import dev.ferry.document.layout.BoundingBox;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Where a value came from, so that an auditor can find it on the page.
 *
 * @param value the value as a string, as it was stored in the field
 * @param page the 1-based page, or null when the value did not come from a page (embedded XML)
 * @param box the value's box on that page, or null with the page
 * @param method how the value was found
 * @param confidence 0.00 to 1.00
 * @param evidence the text the value was read from: the line, or the XML element path
 */
public record Provenance(
    String value,
    Integer page,
    BoundingBox box,
    ExtractionMethod method,
    BigDecimal confidence,
    String evidence) {
  public Provenance {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(evidence, "evidence");
    if (confidence.signum() < 0 || confidence.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("confidence is between 0 and 1: " + confidence);
    }
  }
}
