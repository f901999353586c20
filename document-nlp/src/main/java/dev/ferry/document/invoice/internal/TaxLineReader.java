package dev.ferry.document.invoice.internal;

import dev.ferry.document.invoice.ExtractionMethod;
import dev.ferry.document.invoice.TaxLine;
import dev.ferry.document.layout.DocumentText;
import dev.ferry.document.layout.TextLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads VAT breakdown lines: a line that mentions a tax and holds a rate and an amount, confirmed
 * when basis × rate = tax.
 */
public final class TaxLineReader {
  private static final Pattern TAX_WORD =
      Pattern.compile(
          "(?i)\\b(vat|tax|mwst|ust|umsatzsteuer|mehrwertsteuer|steuer\\w*|tva|btw|gst|igst|cgst|sgst)\\b");
  private static final Pattern PERCENT = Pattern.compile("(\\d{1,2}(?:[.,]\\d{1,2})?)\\s?%");

  private TaxLineReader() {}

  public static List<TaxLine> read(DocumentText document) {
    List<TaxLine> out = new ArrayList<>();
    for (TextLine line : document.lines()) {
      String text = line.text();
      if (!TAX_WORD.matcher(text).find() || LineItemReader.isHeader(line)) {
        continue;
      }
      List<BigDecimal> numbers = new ArrayList<>();
      BigDecimal percent = null;
      for (TextLine cell : line.segments(LabelScanner.GAP)) {
        String t = cell.text();
        Matcher p = PERCENT.matcher(t);
        if (p.find()) {
          percent = new BigDecimal(p.group(1).replace(',', '.'));
          t = t.substring(0, p.start()) + " " + t.substring(p.end());
        }
        AmountParser.parseWhole(t.replaceAll("(?i)" + TAX_WORD.pattern(), "").trim())
            .ifPresent(numbers::add);
      }
      TaxLine found = triple(numbers, percent, line);
      if (found == null && percent != null && numbers.size() == 1 && numbers.get(0).scale() > 0) {
        found = new TaxLine(percent, null, numbers.get(0), provenance(numbers.get(0), line, 0.7));
      }
      if (found != null && out.stream().noneMatch(same(found))) {
        out.add(found);
      }
    }
    return out;
  }

  private static java.util.function.Predicate<TaxLine> same(TaxLine t) {
    return o ->
        o.amount().compareTo(t.amount()) == 0
            && (o.ratePercent() == null
                || t.ratePercent() == null
                || o.ratePercent().compareTo(t.ratePercent()) == 0);
  }

  private static TaxLine triple(List<BigDecimal> numbers, BigDecimal percent, TextLine line) {
    List<BigDecimal> rates = new ArrayList<>(numbers);
    if (percent != null) {
      rates.add(0, percent);
    }
    for (BigDecimal rate : rates) {
      if (rate.signum() <= 0 || rate.compareTo(new BigDecimal("30")) > 0) {
        continue;
      }
      for (BigDecimal basis : numbers) {
        for (BigDecimal tax : numbers) {
          if (basis == tax || basis == rate || tax == rate || tax.signum() == 0) {
            continue;
          }
          BigDecimal expected =
              basis.multiply(rate).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
          if (expected.subtract(tax).abs().compareTo(new BigDecimal("0.011")) <= 0) {
            return new TaxLine(rate, basis, tax, provenance(tax, line, 0.9));
          }
        }
      }
    }
    return null;
  }

  private static dev.ferry.document.invoice.Provenance provenance(
      BigDecimal tax, TextLine line, double confidence) {
    return new Pick(tax, line.words(), confidence, line.text(), ExtractionMethod.RULE, 0)
        .provenance();
  }
}
