package dev.ferry.connector.web.portal;

import java.util.Objects;

/**
 * How a {@link SupplierPortal} is set up.
 *
 * @param username the only user who can sign on
 * @param password that user's password
 * @param seededInvoices how many invoices exist before anyone enters one
 * @param pageSize how many invoices one page of the invoice table shows
 */
public record PortalOptions(String username, String password, int seededInvoices, int pageSize) {
  public PortalOptions {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
    if (seededInvoices < 0) {
      throw new IllegalArgumentException("seededInvoices cannot be negative: " + seededInvoices);
    }
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize must be at least 1: " + pageSize);
    }
  }

  /** Seven seeded invoices shown five to a page, so the table has two pages. */
  public static PortalOptions defaults(String username, String password) {
    return new PortalOptions(username, password, 7, 5);
  }
}
