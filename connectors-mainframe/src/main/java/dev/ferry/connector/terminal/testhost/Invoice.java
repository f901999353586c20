package dev.ferry.connector.terminal.testhost;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An invoice posted in the demo AP ledger.
 *
 * @param entry the ledger's own sequence number
 * @param vendor the vendor id, such as {@code V100}
 * @param number the supplier's invoice number
 * @param date the invoice date
 * @param amount the total, two decimals
 * @param enteredBy the user profile that posted it
 */
public record Invoice(
    int entry, String vendor, String number, LocalDate date, BigDecimal amount, String enteredBy) {
  public Invoice {
    Objects.requireNonNull(vendor, "vendor");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(enteredBy, "enteredBy");
  }
}
