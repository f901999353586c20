package dev.ferry.document.invoice.internal;

import dev.ferry.document.invoice.ExtractionMethod;
import dev.ferry.document.invoice.InvoiceLine;
import dev.ferry.document.layout.TextLine;
import dev.ferry.document.layout.Word;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One row of a line-item table: its description, its numbers left to right with the middle of the
 * cell each came from, and its words.
 */
record TableRow(
    String description,
    List<BigDecimal> numbers,
    List<Float> centers,
    boolean money,
    TextLine line,
    LineItemReader.Columns columns) {

  static TableRow parse(TextLine line, LineItemReader.Columns columns) {
    List<String> text = new ArrayList<>();
    List<BigDecimal> numbers = new ArrayList<>();
    List<Float> centers = new ArrayList<>();
    boolean money = false;
    List<TextLine> cells = line.segments(LabelScanner.GAP);
    for (int c = 0; c < cells.size(); c++) {
      String t = cells.get(c).text();
      boolean position =
          c == 0
              && cells.size() > 2
              && t.matches("\\d{1,3}\\.?")
              && !isNumeric(cells.get(1).text());
      if (t.endsWith("%") || position) {
        continue;
      }
      // A quantity is often followed by its unit: "20 Stk", "8 Unit(s)", "3,00 m²".
      var amount =
          AmountParser.parseWhole(
              t.replaceAll("^([-\\d.,]+)\\s*[\\p{L}²³]{1,8}\\.?(\\(\\p{L}{1,2}\\))?$", "$1"));
      boolean id = amount.isPresent() && amount.get().scale() == 0 && t.length() >= 8;
      if (amount.isPresent() && !id) {
        numbers.add(amount.get());
        centers.add((cells.get(c).left() + cells.get(c).right()) / 2);
        money |= amount.get().scale() > 0 || t.matches(".*[€$£].*");
      } else if (!isCode(t)) {
        text.add(t);
      }
    }
    if (isRate(numbers, centers, columns)) {
      numbers.remove(numbers.size() - 1);
      centers.remove(centers.size() - 1);
    }
    return new TableRow(String.join(" ", text).trim(), numbers, centers, money, line, columns);
  }

  /**
   * Whether the row's last number is its tax rate, printed without "%" under a header that has it:
   * a whole number up to 100 that sits nearer that column than the number before it.
   */
  private static boolean isRate(
      List<BigDecimal> numbers, List<Float> centers, LineItemReader.Columns columns) {
    int last = numbers.size() - 1;
    if (columns.rate() == null || last < 1) {
      return false;
    }
    BigDecimal rate = numbers.get(last);
    return rate.scale() <= 0
        && rate.signum() >= 0
        && rate.compareTo(BigDecimal.valueOf(100)) <= 0
        && Math.abs(centers.get(last) - columns.rate())
            < Math.abs(centers.get(last - 1) - columns.rate());
  }

  private static boolean isNumeric(String t) {
    return AmountParser.parseWhole(t).isPresent();
  }

  /** Article codes and GTINs: one token of digits, or of digits and capitals. */
  private static boolean isCode(String t) {
    return !t.contains(" ")
        && t.chars().anyMatch(Character::isDigit)
        && (t.chars().allMatch(Character::isDigit) || t.equals(t.toUpperCase()));
  }

  /**
   * No money at all, a single price whose amount may follow on the next line, or a last number that
   * is a whole count rather than an amount.
   */
  boolean lacksAmount() {
    boolean lastWhole = numbers.get(numbers.size() - 1).scale() <= 0;
    return !money || numbers.size() == 1 || lastWhole && product() == null;
  }

  TableRow named(String name) {
    return new TableRow(name, numbers, centers, money, line, columns);
  }

  TableRow merge(TableRow next) {
    List<BigDecimal> all = new ArrayList<>(numbers);
    all.addAll(next.numbers());
    List<Float> allCenters = new ArrayList<>(centers);
    allCenters.addAll(next.centers());
    List<Word> words = new ArrayList<>(line.words());
    words.addAll(next.line().words());
    String name = description.isEmpty() ? next.description() : description;
    if (!description.isEmpty() && !next.description().isEmpty()) {
      name = description + " " + next.description();
    }
    return new TableRow(
        name, all, allCenters, money || next.money(), new TextLine(line.page(), words), columns);
  }

  /** The indexes of quantity and unit price whose product is the last number, or null. */
  private int[] product() {
    int last = numbers.size() - 1;
    BigDecimal amount = numbers.get(last);
    BigDecimal tolerance =
        amount.abs().multiply(new BigDecimal("0.005")).max(new BigDecimal("0.011"));
    for (int q = 0; q < last; q++) {
      for (int u = q + 1; u < last; u++) {
        BigDecimal product = numbers.get(q).multiply(numbers.get(u));
        if (product.subtract(amount).abs().compareTo(tolerance) <= 0
            && numbers.get(q).signum() != 0
            && numbers.get(u).signum() != 0) {
          return quantityFirst(q, u) ? new int[] {q, u} : new int[] {u, q};
        }
      }
    }
    return null;
  }

  /** By the header's columns when it has them, else the whole number is the quantity. */
  private boolean quantityFirst(int a, int b) {
    if (columns.quantity() != null && columns.price() != null) {
      float qa = Math.abs(centers.get(a) - columns.quantity());
      float qb = Math.abs(centers.get(b) - columns.quantity());
      return qa <= qb;
    }
    boolean aWhole = numbers.get(a).stripTrailingZeros().scale() <= 0;
    boolean bWhole = numbers.get(b).stripTrailingZeros().scale() <= 0;
    return aWhole || !bWhole;
  }

  Optional<InvoiceLine> toLine() {
    if (!money || description.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal amount = numbers.get(numbers.size() - 1);
    int[] qu = product();
    BigDecimal quantity = null;
    BigDecimal unit = null;
    double confidence = 0.7;
    if (qu != null) {
      quantity = numbers.get(qu[0]);
      unit = numbers.get(qu[1]);
      confidence = 0.9;
    } else if (numbers.size() == 2) {
      quantity = numbers.get(0);
    }
    Pick p = new Pick(description, line.words(), confidence, line.text(), ExtractionMethod.RULE, 0);
    return Optional.of(new InvoiceLine(description, quantity, unit, amount, p.provenance()));
  }
}
