package dev.ferry.document.invoice;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One VAT rate and its amounts.
 *
 * @param ratePercent such as 19 or 7.5; null when unknown
 * @param basis the net amount taxed at this rate; null when the invoice does not show it
 * @param amount the tax
 * @param source where the line was read
 */
public record TaxLine(
    BigDecimal ratePercent, BigDecimal basis, BigDecimal amount, Provenance source) {
  public TaxLine {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(source, "source");
  }
}
