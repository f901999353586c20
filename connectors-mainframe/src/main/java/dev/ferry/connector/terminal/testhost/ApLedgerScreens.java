package dev.ferry.connector.terminal.testhost;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Draws the AP ledger's screens for one terminal size. */
final class ApLedgerScreens {

  private static final String SYSTEM = "FERRYAP";
  private static final String ROW = "%-6s %-8s %-15s  %-10s %14s";
  private final HostApplication.TerminalInfo terminal;

  ApLedgerScreens(HostApplication.TerminalInfo terminal) {
    this.terminal = terminal;
  }

  private HostScreen titled(String name, String title) {
    int center = (terminal.cols() - title.length()) / 2 + 1;
    return new HostScreen(name)
        .text(1, 2, name)
        .bright(1, center, title)
        .text(1, terminal.cols() - 9, SYSTEM);
  }

  private HostScreen message(HostScreen screen, String message) {
    if (!message.isEmpty()) {
      screen.bright(terminal.rows(), 2, message);
    }
    return screen;
  }

  HostScreen signOn(String message) {
    int right = terminal.cols() - 32;
    HostScreen s =
        new HostScreen("SIGNON")
            .bright(1, (terminal.cols() - 7) / 2 + 1, "Sign On")
            .text(2, right, "System  . . . . . :")
            .text(2, right + 22, SYSTEM)
            .text(3, right, "Subsystem . . . . :")
            .text(3, right + 22, "QINTER")
            .text(4, right, "Display . . . . . :")
            .text(4, right + 22, Objects.requireNonNullElse(terminal.deviceName(), "QPADEV0001"))
            .text(6, 17, "User  . . . . . . . . . . . . . .")
            .input("user", 6, 53, 10, "")
            .text(7, 17, "Password  . . . . . . . . . . . .")
            .hidden("password", 7, 53, 10)
            .text(terminal.rows() - 1, terminal.cols() - 40, "(C) FERRY TEST HOST 2026.")
            .cursorOn("user");
    return message(s, message);
  }

  HostScreen mainMenu(String message) {
    HostScreen s =
        titled("APMAIN", "AP Ledger Main Menu")
            .text(3, 2, "Select one of the following:")
            .text(5, 6, "1. Work with vendors")
            .text(6, 6, "2. Invoice list")
            .text(7, 6, "3. Invoice entry")
            .text(9, 5, "90. Sign off")
            .text(terminal.rows() - 4, 2, "Selection or command")
            .text(terminal.rows() - 3, 2, "===>")
            .input("option", terminal.rows() - 3, 7, 4, "")
            .text(terminal.rows() - 2, 2, "F3=Exit   F12=Cancel")
            .cursorOn("option");
    return message(s, message);
  }

  HostScreen invoiceEntry(
      ApLedger.Entry values, String message, String cursorField, Optional<String> vendorName) {
    HostScreen s =
        titled("APENTRY", "Invoice Entry")
            .text(3, 2, "Type the invoice header, press Enter.")
            .text(5, 2, "Vendor  . . . . . . .")
            .input("vendor", 5, 25, 8, values.vendor())
            .text(5, 36, vendorName.orElse(""))
            .text(6, 2, "Invoice no  . . . . .")
            .input("number", 6, 25, 15, values.number())
            .text(7, 2, "Invoice date  . . . .")
            .input("date", 7, 25, 10, values.date())
            .text(7, 37, "YYYY-MM-DD, blank for today")
            .text(8, 2, "Amount  . . . . . . .")
            .input("amount", 8, 25, 13, values.amount())
            .text(terminal.rows() - 2, 2, "F3=Exit   F12=Cancel")
            .cursorOn(cursorField);
    return message(s, message);
  }

  HostScreen invoiceList(List<Invoice> rows, boolean bottom, String message) {
    HostScreen s =
        titled("APLIST", "Invoice List")
            .bright(3, 2, String.format(ROW, "Entry", "Vendor", "Invoice no", "Date", "Amount"));
    if (rows.isEmpty()) {
      s.text(5, 2, "(No invoices)");
    }
    int row = 5;
    for (Invoice i : rows) {
      s.text(
          row++,
          2,
          String.format(
              ROW, i.entry(), i.vendor(), i.number(), i.date(), i.amount().toPlainString()));
    }
    s.text(5 + ApLedger.PAGE_SIZE, 60, bottom ? "Bottom" : "More...")
        .text(terminal.rows() - 2, 2, "F3=Exit   F7=Back   F8=Forward   F12=Cancel")
        .cursor(5, 2);
    return message(s, message);
  }
}
