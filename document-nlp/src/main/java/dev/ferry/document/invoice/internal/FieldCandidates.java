package dev.ferry.document.invoice.internal;

import dev.ferry.document.invoice.ExtractionMethod;
import dev.ferry.document.invoice.internal.LabelScanner.Candidate;
import dev.ferry.document.invoice.internal.LabelScanner.Hit;
import dev.ferry.document.invoice.internal.LabelScanner.Place;
import dev.ferry.document.layout.DocumentText;
import dev.ferry.document.layout.TextLine;
import dev.ferry.document.layout.Word;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns labels and their neighbouring text into typed candidate values, plus the few fields that
 * are recognised without a label (an invoice number in a title, an IBAN anywhere).
 */
public final class FieldCandidates {
  private static final Pattern ID_TOKEN = Pattern.compile("#?[A-Za-z0-9][\\w\\-/.#]*");
  private static final Pattern INLINE_NUMBER =
      Pattern.compile(
          "(?i)(?:rechnung|invoice|facture|factuur|gutschrift|credit note)\\S*(?:\\s+[\\p{L}()\\d]+){0,3}?\\s*"
              + "(?:nr\\.?|no\\.?|n°|#|nummer|number|num[ée]ro)\\s*[:.]?\\s*(#?[A-Z0-9][\\w\\-/.]*)");
  private static final Pattern INLINE_DATE =
      Pattern.compile(
          "(?i)(?:rechnung|invoice|facture|factuur|gutschrift|credit note)\\S*\\s.*?\\b(?:vom|von|dated|du|van|of|issued at|issued on)(?:\\s+|$)");
  private static final Pattern DUE_WORDS =
      Pattern.compile(
          "(?i)zahlbar|payable|payment|pay |remit|betalen|betaling|zahlung|überweisen|paiement|payer|due|échéance");
  private static final Pattern DUE_INLINE =
      Pattern.compile(
          "(?i)\\b(?:bis zum|bis spätestens|spätestens am|bis|by|before|avant le|voor|until|on or before|vóór)\\s+");

  private final boolean monthFirst;
  private final Map<Labels, List<Pick>> picks = new EnumMap<>(Labels.class);
  private final List<Pick> ibans = new ArrayList<>();
  private int order;

  public FieldCandidates(boolean monthFirst) {
    this.monthFirst = monthFirst;
    for (Labels l : Labels.values()) {
      picks.put(l, new ArrayList<>());
    }
  }

  public Map<Labels, List<Pick>> picks() {
    return picks;
  }

  public List<Pick> ibans() {
    return ibans;
  }

  public FieldCandidates collect(DocumentText document) {
    for (Hit hit : LabelScanner.scan(document)) {
      fromHit(hit);
    }
    List<TextLine> lines = document.lines();
    for (int i = 0; i < lines.size(); i++) {
      order++;
      inline(lines.get(i), i + 1 < lines.size() ? lines.get(i + 1) : null);
    }
    return this;
  }

  private void fromHit(Hit hit) {
    order++;
    for (Candidate c : hit.candidates()) {
      double base = confidence(hit.strength(), c.place());
      Optional<Pick> p =
          switch (hit.field()) {
            case NUMBER, PURCHASE_ORDER -> identifier(c, base, hit);
            case DATE, DUE_DATE -> date(c, base, hit);
            case TOTAL, NET, TAX -> amount(c, base, hit);
            case CURRENCY -> currency(c, base, hit);
            default -> Optional.empty();
          };
      if (p.isPresent()) {
        picks.get(hit.field()).add(p.get());
        return;
      }
    }
  }

  private static double confidence(int strength, Place place) {
    double base = strength == 2 ? 0.9 : 0.72;
    return switch (place) {
      case SAME_CELL -> base;
      case NEXT_CELL -> base - 0.02;
      case BELOW -> base - 0.1;
    };
  }

  private Optional<Pick> identifier(Candidate c, double base, Hit hit) {
    List<Word> words = c.words();
    for (int i = 0; i < Math.min(3, words.size()); i++) {
      String t = words.get(i).text().replaceAll("[.,;:)]+$", "");
      if (t.isEmpty() || t.equals("#") || t.equalsIgnoreCase("no") || t.equalsIgnoreCase("nr")) {
        continue;
      }
      boolean digit = t.chars().anyMatch(Character::isDigit);
      if (!ID_TOKEN.matcher(t).matches() || !digit || !DateParser.findAll(t, false).isEmpty()) {
        return Optional.empty();
      }
      // A weak label ("Invoice") needs the value right beside it.
      if (hit.strength() == 1 && c.place() == Place.BELOW) {
        return Optional.empty();
      }
      return Optional.of(
          new Pick(t, List.of(words.get(i)), base, evidence(hit), ExtractionMethod.RULE, order));
    }
    return Optional.empty();
  }

  private Optional<Pick> date(Candidate c, double base, Hit hit) {
    String text = c.text();
    List<DateParser.Found> dates = DateParser.findAll(text, monthFirst);
    if (dates.isEmpty() || dates.get(0).start() > 12) {
      return Optional.empty();
    }
    DateParser.Found d = dates.get(0);
    return Optional.of(
        new Pick(
            d.date(),
            Pick.wordsIn(c.words(), d.start(), d.end()),
            base,
            evidence(hit),
            ExtractionMethod.RULE,
            order));
  }

  private Optional<Pick> amount(Candidate c, double base, Hit hit) {
    String text = DateParser.withoutDates(c.text(), monthFirst);
    Optional<AmountParser.Found> f = AmountParser.findPreferringDecimals(text);
    if (f.isEmpty() || f.get().start() > 40) {
      return Optional.empty();
    }
    double conf = f.get().hasDecimals() ? base : base - 0.15;
    return Optional.of(
        new Pick(
            f.get().value(),
            Pick.wordsIn(c.words(), f.get().start(), f.get().end()),
            conf,
            evidence(hit),
            ExtractionMethod.RULE,
            order));
  }

  private Optional<Pick> currency(Candidate c, double base, Hit hit) {
    return Currencies.find(c.text())
        .map(code -> new Pick(code, c.words(), base, evidence(hit), ExtractionMethod.RULE, order));
  }

  private void inline(TextLine line, TextLine next) {
    String text = line.text();
    Matcher m = INLINE_NUMBER.matcher(text);
    if (m.find() && m.group(1).chars().anyMatch(Character::isDigit)) {
      String value = m.group(1).replaceAll("[.,;:]+$", "");
      picks
          .get(Labels.NUMBER)
          .add(
              new Pick(
                  value,
                  Pick.wordsIn(line.words(), m.start(1), m.end(1)),
                  0.8,
                  text,
                  ExtractionMethod.RULE,
                  order));
    }
    Matcher d = INLINE_DATE.matcher(text);
    if (d.find()) {
      if (d.end() == text.length() && next != null && next.page() == line.page()) {
        // "Rechnung Nr. 471102 vom" with the date wrapped onto the next line
        dateAfter(next, 0, Labels.DATE, 0.7);
      } else {
        dateAfter(line, d.end(), Labels.DATE, 0.75);
      }
    }
    if (DUE_WORDS.matcher(text).find()) {
      Matcher due = DUE_INLINE.matcher(text);
      if (due.find()) {
        dateAfter(line, due.end(), Labels.DUE_DATE, 0.7);
      }
    }
    Iban.find(text)
        .or(() -> Iban.find(text.replace(" ", "")))
        .ifPresent(
            iban ->
                ibans.add(new Pick(iban, line.words(), 0.95, text, ExtractionMethod.RULE, order)));
  }

  private void dateAfter(TextLine line, int offset, Labels field, double confidence) {
    String text = line.text();
    for (DateParser.Found f : DateParser.findAll(text, monthFirst)) {
      if (f.start() == offset) {
        picks
            .get(field)
            .add(
                new Pick(
                    f.date(),
                    Pick.wordsIn(line.words(), f.start(), f.end()),
                    confidence,
                    text,
                    ExtractionMethod.RULE,
                    order));
        return;
      }
    }
  }

  private static String evidence(Hit hit) {
    return hit.line().text();
  }
}
