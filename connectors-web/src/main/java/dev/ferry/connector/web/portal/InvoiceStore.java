package dev.ferry.connector.web.portal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The portal's invoices in entry order, and the rules a new invoice must pass. Thread-safe. */
final class InvoiceStore {
  static final Map<String, String> SUPPLIERS =
      Map.of("ACME", "Acme Tools Ltd", "GLOBEX", "Globex Corporation", "INITECH", "Initech Inc");
  private static final Pattern NUMBER = Pattern.compile("INV-[0-9]{4}-[0-9]{3,6}");
  private static final Pattern AMOUNT = Pattern.compile("[0-9]{1,9}(\\.[0-9]{1,2})?");

  private final List<Invoice> invoices = new ArrayList<>();

  InvoiceStore(int seeded) {
    String[] codes = {"ACME", "GLOBEX", "INITECH"};
    for (int i = 1; i <= seeded; i++) {
      invoices.add(
          new Invoice(
              String.format("INV-2024-%04d", i),
              codes[i % codes.length],
              new BigDecimal(100 * i + ".50"),
              LocalDate.of(2025, 1, 1).plusDays(i),
              i % 4 == 0));
    }
  }

  synchronized List<Invoice> all() {
    return List.copyOf(invoices);
  }

  /**
   * Validates the submitted form and stores the invoice when it passes.
   *
   * @return the problems by field name; empty when the invoice was stored
   */
  synchronized Map<String, String> add(Map<String, String> form) {
    Map<String, String> errors = new LinkedHashMap<>();
    String number = form.getOrDefault("number", "").trim();
    String supplier = form.getOrDefault("supplier", "");
    String amount = form.getOrDefault("amount", "").trim();
    String dueDate = form.getOrDefault("due-date", "").trim();
    if (!NUMBER.matcher(number).matches()) {
      errors.put("number", "Invoice number must look like INV-2024-0042");
    } else if (invoices.stream().anyMatch(i -> i.number().equals(number))) {
      errors.put("number", "Invoice " + number + " already exists");
    }
    if (!SUPPLIERS.containsKey(supplier)) {
      errors.put("supplier", "Choose a supplier");
    }
    if (!AMOUNT.matcher(amount).matches() || new BigDecimal(amount).signum() <= 0) {
      errors.put("amount", "Amount must be a positive number with at most two decimals");
    }
    LocalDate due = null;
    try {
      due = LocalDate.parse(dueDate);
    } catch (RuntimeException e) {
      errors.put("due-date", "Due date must be a date such as 2025-03-31");
    }
    if (errors.isEmpty()) {
      invoices.add(
          new Invoice(
              number,
              supplier,
              new BigDecimal(amount).setScale(2),
              due,
              "on".equals(form.get("urgent"))));
    }
    return errors;
  }
}
