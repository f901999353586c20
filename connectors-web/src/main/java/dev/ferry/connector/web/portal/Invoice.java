package dev.ferry.connector.web.portal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An invoice as the supplier portal stores it.
 *
 * @param number the invoice number, such as {@code INV-2024-0001}
 * @param supplier the supplier code, such as {@code ACME}
 * @param amount the total, two decimals
 * @param dueDate when it must be paid
 * @param urgent whether the clerk flagged it
 */
public record Invoice(
    String number, String supplier, BigDecimal amount, LocalDate dueDate, boolean urgent) {
  public Invoice {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(supplier, "supplier");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(dueDate, "dueDate");
  }

  /** The status the invoice table shows. */
  public String status() {
    return urgent ? "Urgent" : "Open";
  }
}
