package dev.ferry.document.invoice.internal;

import dev.ferry.document.invoice.ExtractionMethod;
import dev.ferry.document.invoice.InvoiceLine;
import dev.ferry.document.layout.DocumentText;
import dev.ferry.document.layout.PageText;
import dev.ferry.document.layout.TextLine;
import dev.ferry.document.layout.Word;
import java.math.BigDecimal;
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
          "description", "item", "items", "article", "artikel", "beschreibung", "bezeichnung",
          "leistung", "designation", "désignation", "libellé", "libelle", "omschrijving", "product",
          "produit", "service", "details", "produkt", "artikelbezeichnung", "descriptiondesservices");
  private static final Set<String> QUANTITY =
      Set.of(
          "qty", "quantity", "menge", "anzahl", "quantité", "quantite", "qté", "qte", "aantal",
          "units", "hours", "stunden", "stück", "hrs");
  private static final Set<String> PRICE =
      Set.of(
          "unitprice", "price", "rate", "einzelpreis", "preis", "stückpreis", "nettopreis",
          "prixunitaire", "prix", "pu", "prixht", "prijs", "stukprijs", "prijsperstuk",
          "eenheidsprijs", "unitcost", "priceunit");
  private static final Set<String> AMOUNT =
      Set.of(
          "amount", "total", "linetotal", "betrag", "gesamt", "gesamtpreis", "nettobetrag",
          "montant", "totalht", "montantht", "bedrag", "totaal", "gesamtbetrag", "subtotal");

  private LineItemReader() {}

  public static List<InvoiceLine> read(DocumentText document) {
    List<InvoiceLine> out = new ArrayList<>();
    for (PageText page : document.pages()) {
      List<TextLine> lines = page.lines();
      for (int i = 0; i < lines.size(); i++) {
        if (isHeader(lines.get(i))) {
          i = readRows(lines, i + 1, out);
        }
      }
    }
    return out;
  }

  static boolean isHeader(TextLine line) {
    int kinds = 0;
    boolean numeric = false;
    boolean desc = false;
    for (TextLine cell : line.segments(LabelScanner.GAP)) {
      String c = Labels.compact(cell.text());
      if (c.isEmpty() || c.length() > 30) {
        continue;
      }
      if (startsWithAny(c, DESCRIPTION)) {
        desc = true;
        kinds++;
      } else if (startsWithAny(c, QUANTITY) || startsWithAny(c, PRICE) || startsWithAny(c, AMOUNT)) {
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

  private static int readRows(List<TextLine> lines, int from, List<InvoiceLine> out) {
    Row current = null;
    int quiet = 0;
    int i = from;
    for (; i < lines.size(); i++) {
      TextLine line = lines.get(i);
      if (endsTable(line) || quiet > 4) {
        break;
      }
      Row row = Row.parse(line);
      if (row.numbers().isEmpty()) {
        quiet++;
        continue;
      }
      quiet = 0;
      if (current != null && row.description().isEmpty() && current.lacksAmount()) {
        current = current.merge(row);
        continue;
      }
      if (current != null) {
        current.toLine().ifPresent(out::add);
      }
      current = row.description().isEmpty() ? null : row;
    }
    if (current != null) {
      current.toLine().ifPresent(out::add);
    }
    return i - 1;
  }

  private static boolean endsTable(TextLine line) {
    String first = Labels.compact(line.segments(LabelScanner.GAP).get(0).text());
    for (Labels l : List.of(Labels.TOTAL, Labels.NET, Labels.TAX)) {
      if (l.strength(first) > 0) {
        return true;
      }
    }
    return isHeader(line);
  }

  /** One table row: its description, its numbers left to right, and its words. */
  record Row(String description, List<BigDecimal> numbers, boolean money, TextLine line) {
    static Row parse(TextLine line) {
      List<String> text = new ArrayList<>();
      List<BigDecimal> numbers = new ArrayList<>();
      boolean money = false;
      List<TextLine> cells = line.segments(LabelScanner.GAP);
      for (int c = 0; c < cells.size(); c++) {
        String t = cells.get(c).text();
        boolean position =
            c == 0 && cells.size() > 2 && t.matches("\\d{1,3}\\.?") && !isNumeric(cells.get(1).text());
        if (t.endsWith("%") || position) {
          continue;
        }
        var amount = AmountParser.parseWhole(t.replaceAll("(?i)\\s*(stk|pcs|pc|h|st|x|kg|m)$", ""));
        boolean id = amount.isPresent() && amount.get().scale() == 0 && t.length() >= 8;
        if (amount.isPresent() && !id) {
          numbers.add(amount.get());
          money |= amount.get().scale() > 0 || t.matches(".*[€$£].*");
        } else if (!isCode(t) || text.isEmpty() && cells.size() <= 2) {
          text.add(t);
        }
      }
      return new Row(String.join(" ", text).trim(), numbers, money, line);
    }

    private static boolean isNumeric(String t) {
      return AmountParser.parseWhole(t).isPresent();
    }

    /** Article codes and GTINs: one token mixing letters and digits, or only digits. */
    private static boolean isCode(String t) {
      return !t.contains(" ")
          && t.chars().anyMatch(Character::isDigit)
          && (t.chars().allMatch(Character::isDigit) || t.equals(t.toUpperCase()));
    }

    boolean lacksAmount() {
      return !money || numbers.size() < 3 && findProduct() == null;
    }

    Row merge(Row next) {
      List<BigDecimal> all = new ArrayList<>(numbers);
      all.addAll(next.numbers());
      List<Word> words = new ArrayList<>(line.words());
      words.addAll(next.line().words());
      return new Row(description, all, money || next.money(), new TextLine(line.page(), words));
    }

    private BigDecimal[] findProduct() {
      BigDecimal amount = numbers.get(numbers.size() - 1);
      for (int q = 0; q < numbers.size() - 1; q++) {
        for (int u = 0; u < numbers.size() - 1; u++) {
          if (q == u) {
            continue;
          }
          BigDecimal product = numbers.get(q).multiply(numbers.get(u));
          BigDecimal tolerance = amount.abs().multiply(new BigDecimal("0.005")).max(new BigDecimal("0.011"));
          if (product.subtract(amount).abs().compareTo(tolerance) <= 0
              && numbers.get(q).compareTo(BigDecimal.ZERO) != 0) {
            return new BigDecimal[] {numbers.get(q), numbers.get(u)};
          }
        }
      }
      return null;
    }

    java.util.Optional<InvoiceLine> toLine() {
      if (!money || description.isEmpty()) {
        return java.util.Optional.empty();
      }
      BigDecimal amount = numbers.get(numbers.size() - 1);
      BigDecimal[] qu = findProduct();
      BigDecimal quantity = null;
      BigDecimal unit = null;
      double confidence = 0.7;
      if (qu != null) {
        // An integer is more likely the quantity than a price with decimals.
        boolean swap = qu[0].stripTrailingZeros().scale() > 0 && qu[1].stripTrailingZeros().scale() <= 0;
        quantity = swap ? qu[1] : qu[0];
        unit = swap ? qu[0] : qu[1];
        confidence = 0.9;
      } else if (numbers.size() == 2) {
        quantity = numbers.get(0);
      }
      Pick p =
          new Pick(description, line.words(), confidence, line.text(), ExtractionMethod.RULE, 0);
      return java.util.Optional.of(new InvoiceLine(description, quantity, unit, amount, p.provenance()));
    }
  }
}
