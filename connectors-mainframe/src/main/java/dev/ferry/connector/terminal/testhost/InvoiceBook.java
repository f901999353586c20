package dev.ferry.connector.terminal.testhost;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The AP ledger's data, shared by every terminal connection of one host: vendors, user profiles and
 * the invoices posted so far, kept in memory. Thread-safe.
 */
public final class InvoiceBook {

  private final Map<String, String> vendors;
  private final Map<String, String> users;
  private final List<Invoice> invoices = new ArrayList<>();
  private int nextEntry = 1001;

  /**
   * @param vendors vendor id to vendor name
   * @param users user profile (upper case) to password
   */
  public InvoiceBook(Map<String, String> vendors, Map<String, String> users) {
    this.vendors = Map.copyOf(vendors);
    this.users = Map.copyOf(users);
  }

  /** Three vendors, the user {@code APCLERK} with password {@code ledger1}, and no invoices. */
  public static InvoiceBook demo() {
    return new InvoiceBook(
        Map.of(
            "V100", "Acme Office Supply",
            "V200", "Nordic Paper AB",
            "V300", "Blue River Logistics"),
        Map.of("APCLERK", "ledger1"));
  }

  /** Posts {@code count} invoices of vendor V100, to give the invoice list several pages. */
  public InvoiceBook seed(int count) {
    for (int i = 1; i <= count; i++) {
      post(
          "V100",
          String.format("SEED-%04d", i),
          LocalDate.of(2026, 1, 1).plusDays(i),
          new BigDecimal(i).multiply(new BigDecimal("10.25")),
          "SEED");
    }
    return this;
  }

  public Optional<String> vendorName(String vendor) {
    return Optional.ofNullable(vendors.get(vendor));
  }

  /** Whether the user profile exists; profiles are upper case, as on IBM i. */
  public boolean userExists(String user) {
    return users.containsKey(user);
  }

  public boolean passwordMatches(String user, String password) {
    return password.equals(users.get(user));
  }

  public synchronized boolean exists(String vendor, String number) {
    return invoices.stream().anyMatch(i -> i.vendor().equals(vendor) && i.number().equals(number));
  }

  public synchronized Invoice post(
      String vendor, String number, LocalDate date, BigDecimal amount, String user) {
    Invoice invoice = new Invoice(nextEntry++, vendor, number, date, amount, user);
    invoices.add(invoice);
    return invoice;
  }

  /** Every invoice posted so far, oldest first. */
  public synchronized List<Invoice> invoices() {
    return List.copyOf(invoices);
  }
}
