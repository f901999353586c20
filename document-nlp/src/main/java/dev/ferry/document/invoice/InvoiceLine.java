package dev.ferry.document.invoice;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line item.
 *
 * @param description never null
 * @param quantity null when the invoice shows none
 * @param unitPrice null when the invoice shows none
 * @param amount the line's net amount, null when the invoice shows none
 * @param source where the line was read
 */
public record InvoiceLine(
    String description,
    BigDecimal quantity,
    BigDecimal unitPrice,
    BigDecimal amount,
    Provenance source) {
  public InvoiceLine {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(source, "source");
  }
}
