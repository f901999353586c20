package dev.ferry.connector.terminal.testhost;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * The demo "AP ledger" application, one instance per terminal: sign-on, main menu, invoice entry
 * with validation messages on the message line, and a paged invoice list. Its data lives in a
 * shared {@link InvoiceBook}.
 */
public final class ApLedger implements HostApplication {

  static final int PAGE_SIZE = 12;

  private final InvoiceBook book;
  private final Clock clock;
  private ApLedgerScreens screens;
  private String screen = "SIGNON";
  private String user;
  private int page;

  public ApLedger(InvoiceBook book, Clock clock) {
    this.book = book;
    this.clock = clock;
  }

  @Override
  public HostScreen start(TerminalInfo terminal) {
    screens = new ApLedgerScreens(terminal);
    return screens.signOn("");
  }

  @Override
  public HostScreen onInput(HostInput input) {
    return switch (screen) {
      case "SIGNON" -> signOn(input);
      case "APMAIN" -> menu(input);
      case "APENTRY" -> entry(input);
      case "APLIST" -> list(input);
      default -> throw new IllegalStateException("unknown screen " + screen);
    };
  }

  private HostScreen signOn(HostInput input) {
    if (input.key() != HostKey.ENTER) {
      return screens.signOn("");
    }
    String profile = input.field("user").strip().toUpperCase(Locale.ROOT);
    if (profile.isEmpty()) {
      return screens.signOn("CPD0020 User profile is required.");
    }
    if (!book.userExists(profile)) {
      return screens.signOn("CPF1120 User " + profile + " does not exist.");
    }
    if (!book.passwordMatches(profile, input.field("password").strip())) {
      return screens.signOn("CPF1107 Password not correct for user profile.");
    }
    user = profile;
    return mainMenu("");
  }

  private HostScreen mainMenu(String message) {
    screen = "APMAIN";
    return screens.mainMenu(message);
  }

  private HostScreen menu(HostInput input) {
    if (input.key() == HostKey.PF3 || input.key() == HostKey.PF12) {
      return mainMenu("");
    }
    String option = input.field("option").strip();
    return switch (option) {
      case "2" -> {
        page = 0;
        yield invoiceList("");
      }
      case "3" -> invoiceEntry(new Entry("", "", "", ""), "", "vendor");
      case "90" -> {
        // like IBM i: signing off shows the sign-on screen again on the same device
        user = null;
        screen = "SIGNON";
        yield screens.signOn("");
      }
      case "" -> mainMenu("Type an option number and press Enter.");
      default -> mainMenu("Option " + option + " is not valid.");
    };
  }

  private HostScreen invoiceEntry(Entry values, String message, String cursorField) {
    screen = "APENTRY";
    return screens.invoiceEntry(values, message, cursorField, book.vendorName(values.vendor()));
  }

  private HostScreen entry(HostInput input) {
    if (input.key() == HostKey.PF3 || input.key() == HostKey.PF12) {
      return mainMenu("");
    }
    Entry values =
        new Entry(
            input.field("vendor").strip().toUpperCase(Locale.ROOT),
            input.field("number").strip(),
            input.field("date").strip(),
            input.field("amount").strip());
    if (values.vendor().isEmpty()) {
      return invoiceEntry(values, "Vendor is required.", "vendor");
    }
    if (book.vendorName(values.vendor()).isEmpty()) {
      return invoiceEntry(values, "Vendor " + values.vendor() + " not found.", "vendor");
    }
    if (values.number().isEmpty()) {
      return invoiceEntry(values, "Invoice number is required.", "number");
    }
    LocalDate date;
    try {
      date = values.date().isEmpty() ? LocalDate.now(clock) : LocalDate.parse(values.date());
    } catch (DateTimeParseException e) {
      return invoiceEntry(
          values, "Invoice date " + values.date() + " is not a date (YYYY-MM-DD).", "date");
    }
    BigDecimal amount;
    try {
      amount = new BigDecimal(values.amount());
    } catch (NumberFormatException e) {
      return invoiceEntry(
          values, "Amount " + values.amount() + " is not a valid number.", "amount");
    }
    if (amount.signum() <= 0 || amount.scale() > 2) {
      // a check of the display file itself on IBM i: refused on the error line, as with CPD codes
      return HostScreen.inputError("Amount must be greater than zero, with at most 2 decimals.");
    }
    if (book.exists(values.vendor(), values.number())) {
      return invoiceEntry(
          values,
          "Invoice " + values.number() + " already entered for vendor " + values.vendor() + ".",
          "number");
    }
    Invoice posted = book.post(values.vendor(), values.number(), date, amount, user);
    return invoiceEntry(
        new Entry("", "", "", ""),
        "Invoice "
            + posted.number()
            + " for vendor "
            + posted.vendor()
            + " posted as entry "
            + posted.entry()
            + ".",
        "vendor");
  }

  private HostScreen invoiceList(String message) {
    screen = "APLIST";
    List<Invoice> all = book.invoices();
    int from = page * PAGE_SIZE;
    List<Invoice> rows =
        all.subList(Math.min(from, all.size()), Math.min(from + PAGE_SIZE, all.size()));
    boolean bottom = from + PAGE_SIZE >= all.size();
    return screens.invoiceList(rows, bottom, message);
  }

  private HostScreen list(HostInput input) {
    int pages = Math.max(1, (book.invoices().size() + PAGE_SIZE - 1) / PAGE_SIZE);
    return switch (input.key()) {
      case PF3, PF12 -> mainMenu("");
      case ROLL_UP, PF8 -> {
        if (page + 1 >= pages) {
          yield invoiceList("You have reached the bottom of the list.");
        }
        page++;
        yield invoiceList("");
      }
      case ROLL_DOWN, PF7 -> {
        if (page == 0) {
          yield invoiceList("You have reached the top of the list.");
        }
        page--;
        yield invoiceList("");
      }
      default -> invoiceList("");
    };
  }

  /** The invoice-entry fields as typed. */
  record Entry(String vendor, String number, String date, String amount) {}
}
