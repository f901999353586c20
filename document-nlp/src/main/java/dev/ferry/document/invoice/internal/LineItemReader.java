package dev.ferry.document.invoice.internal;

import dev.ferry.document.invoice.InvoiceLine;
import dev.ferry.document.layout.DocumentText;
import dev.ferry.document.layout.PageText;
import dev.ferry.document.layout.TextLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads line items from a table: a header row that names at least two of description, quantity,
 * price and amount, then the rows below it until a totals label. Within a row, quantity and unit
 * price are the two numbers whose product is the amount, which works whatever the column order.
 */
public final class LineItemReader {
  private static final Set<String> DESCRIPTION =
      Set.of(
          "description",
          "item",
          "items",
          "article",
          "artikel",
          "beschreibung",
          "bezeichnung",
          "leistung",
          "designation",
          "désignation",
          "libellé",
          "libelle",
          "omschrijving",
          "product",
          "produit",
          "service",
          "details",
          "produkt",
          "artikelbezeichnung",
          "descriptiondesservices");
  private static final Set<String> QUANTITY =
      Set.of(
          "qty",
          "quantity",
          "menge",
          "anzahl",
          "quantité",
          "quantite",
          "qté",
          "qte",
          "aantal",
          "units",
          "hours",
          "stunden",
          "stück",
          "hrs");
  private static final Set<String> PRICE =
      Set.of(
          "unitprice",
          "price",
          "rate",
          "einzelpreis",
          "preis",
          "stückpreis",
          "nettopreis",
          "prixunitaire",
          "prix",
          "pu",
          "prixht",
          "prijs",
          "stukprijs",
          "prijsperstuk",
          "eenheidsprijs",
          "unitcost",
          "priceunit");
  private static final Set<String> AMOUNT =
      Set.of(
          "amount",
          "total",
          "linetotal",
          "betrag",
          "gesamt",
          "gesamtpreis",
          "nettobetrag",
          "montant",
          "totalht",
          "montantht",
          "bedrag",
          "totaal",
          "gesamtbetrag",
          "subtotal",
          "entgelt",
          "nettowert",
          "positionsbetrag");

  private LineItemReader() {}

  public static List<InvoiceLine> read(DocumentText document) {
    List<InvoiceLine> out = new ArrayList<>();
    for (PageText page : document.pages()) {
      List<TextLine> lines = page.lines();
      for (int i = 0; i < lines.size(); i++) {
        if (isHeader(lines.get(i))) {
          i = readRows(lines, i + 1, Columns.of(lines.get(i)), out);
        } else if (i + 1 < lines.size()
            && !isHeader(lines.get(i + 1))
            && isHeader(List.of(lines.get(i), lines.get(i + 1)))) {
          i = readRows(lines, i + 2, Columns.of(lines.get(i)), out);
        }
      }
    }
    return out;
  }

  /**
   * Where the header puts the quantity, the unit price and the tax rate ("USt. %", "VAT %"), to
   * tell a row's numbers apart.
   */
  record Columns(Float quantity, Float price, Float rate) {
    static Columns of(TextLine header) {
      Float q = null;
      Float p = null;
      Float r = null;
      for (TextLine cell : header.segments(LabelScanner.GAP)) {
        String c = Labels.compact(cell.text());
        float middle = (cell.left() + cell.right()) / 2;
        if (q == null && startsWithAny(c, QUANTITY)) {
          q = middle;
        } else if (p == null && startsWithAny(c, PRICE)) {
          p = middle;
        } else if (r == null && cell.text().endsWith("%")) {
          r = middle;
        }
      }
      return new Columns(q, p, r);
    }
  }

  static boolean isHeader(TextLine line) {
    return isHeader(List.of(line));
  }

  /** A header may take two lines, such as quantity and price above, description below. */
  static boolean isHeader(List<TextLine> lines) {
    int kinds = 0;
    boolean numeric = false;
    boolean desc = false;
    List<TextLine> cells = new java.util.ArrayList<>();
    lines.forEach(l -> cells.addAll(l.segments(LabelScanner.GAP)));
    for (TextLine cell : cells) {
      String c = Labels.compact(cell.text());
      if (c.isEmpty() || c.length() > 30) {
        continue;
      }
      if (startsWithAny(c, DESCRIPTION)) {
        desc = true;
        kinds++;
      } else if (startsWithAny(c, QUANTITY)
          || startsWithAny(c, PRICE)
          || startsWithAny(c, AMOUNT)) {
        numeric = true;
        kinds++;
      }
    }
    return kinds >= 2 && numeric && (desc || kinds >= 3);
  }

  private static boolean startsWithAny(String compact, Set<String> words) {
    for (String w : words) {
      if (compact.equals(w) || (compact.startsWith(w) && w.length() >= 4)) {
        return true;
      }
    }
    return false;
  }

  private static int readRows(
      List<TextLine> lines, int from, Columns columns, List<InvoiceLine> out) {
    TableRow current = null;
    int quiet = 0;
    int i = from;
    for (; i < lines.size(); i++) {
      TextLine line = lines.get(i);
      // Item notes (packaging, discounts) can run several lines between two rows.
      if (endsTable(line) || quiet > 8) {
        break;
      }
      TableRow row = TableRow.parse(line, columns);
      if (row.numbers().isEmpty()) {
        quiet++;
        // A row whose cells held only codes and numbers takes its name from the next line.
        if (current != null && current.description().isEmpty() && !row.description().isEmpty()) {
          current = current.named(row.description());
        }
        continue;
      }
      quiet = 0;
      boolean onlyAmount = row.numbers().size() == 1 && row.money();
      if (current != null && current.lacksAmount() && (row.description().isEmpty() || onlyAmount)) {
        current = current.merge(row);
        continue;
      }
      if (current != null) {
        current.toLine().filter(LineItemReader::isItem).ifPresent(out::add);
      }
      // A lone number under a finished row is a note ("- 2,00 Euro je km"), not a row.
      current = row.description().isEmpty() && row.numbers().size() < 2 ? null : row;
    }
    if (current != null) {
      current.toLine().filter(LineItemReader::isItem).ifPresent(out::add);
    }
    return i - 1;
  }

  /**
   * Whether a row is an item, not a currency alone ("EUR -8,79") or what is left to pay ("Solde à
   * payer", "Zu zahlen", "Amount due").
   */
  private static boolean isItem(InvoiceLine line) {
    String description = line.description() == null ? "" : line.description().strip();
    if (Currencies.isCode(description)) {
      return false;
    }
    String compact = Labels.compact(description);
    return PAYMENT_DUE.stream().noneMatch(compact::contains);
  }

  private static final List<String> PAYMENT_DUE =
      List.of("soldeàpayer", "soldeapayer", "netàpayer", "zuzahlen", "amountdue", "balancedue");

  /** Words that open the totals block under a table, in any of its cells. */
  private static final List<String> TOTALS =
      List.of(
          "total",
          "totaal",
          "subtotal",
          "subtotaal",
          "soustotal",
          "summe",
          "zwischensumme",
          "positionssumme",
          "gesamtbetrag",
          "rechnungssumme",
          "nettobetrag",
          "montanttotal",
          "taxe",
          "tva",
          "vat",
          "mwst",
          "ust",
          "umsatzsteuer",
          "btw",
          "règlement",
          "balance");

  /**
   * Allowances on the whole invoice, which come after the items (EN 16931 keeps them apart from
   * lines): "Rechnungsrabatt 2,00 %", "Abschlag Rechnungsrabatt 1". Words such as "Abschlag" or
   * "discount" alone also note an item's own allowance under it, so they do not end the table.
   */
  private static final List<String> INVOICE_ALLOWANCES =
      List.of(
          "rechnungsrabatt",
          "remiseglobale",
          "remisesurfacture",
          "invoicediscount",
          "factuurkorting");

  private static boolean endsTable(TextLine line) {
    List<TextLine> cells = line.segments(LabelScanner.GAP);
    String first = Labels.compact(cells.get(0).text());
    for (Labels l : List.of(Labels.TOTAL, Labels.NET, Labels.TAX)) {
      if (l.strength(first) > 0) {
        return true;
      }
    }
    // Header lines repeat words like "USt."; a totals line also carries an amount.
    boolean amount = AmountParser.find(line.text()).isPresent();
    for (TextLine cell : cells) {
      String c = Labels.compact(cell.text());
      if (amount
          && (TOTALS.stream().anyMatch(c::startsWith)
              || INVOICE_ALLOWANCES.stream().anyMatch(c::contains))) {
        return true;
      }
    }
    return isHeader(line);
  }
}
