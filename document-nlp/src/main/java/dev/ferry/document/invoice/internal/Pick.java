package dev.ferry.document.invoice.internal;

import dev.ferry.document.invoice.ExtractionMethod;
import dev.ferry.document.invoice.Provenance;
import dev.ferry.document.layout.BoundingBox;
import dev.ferry.document.layout.Word;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * One candidate value for a field, with the words it was read from.
 *
 * @param value a String, LocalDate or BigDecimal
 * @param words the words of the value; empty for values not read from a page
 * @param confidence 0 to 1
 * @param evidence the line or XML path the value came from
 * @param method how it was found
 * @param order reading-order position in the document, to prefer the first or the last
 */
public record Pick(
    Object value,
    List<Word> words,
    double confidence,
    String evidence,
    ExtractionMethod method,
    int order) {
  public Pick {
    words = List.copyOf(words);
  }

  public Pick withConfidence(double c) {
    return new Pick(value, words, Math.min(1.0, c), evidence, method, order);
  }

  /**
   * The value's provenance. Its confidence is the rule's, times that of the least certain word it
   * was read from: a value OCR read with doubt is worth a person's look.
   */
  public Provenance provenance() {
    Integer page = words.isEmpty() ? null : words.get(0).page();
    double reading = words.stream().mapToDouble(Word::confidence).min().orElse(1);
    BoundingBox box =
        words.isEmpty()
            ? null
            : BoundingBox.around(words.stream().filter(w -> w.page() == page).toList());
    String text = value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value);
    return new Provenance(
        text,
        page,
        box,
        method,
        BigDecimal.valueOf(confidence * reading).setScale(2, RoundingMode.HALF_UP),
        evidence);
  }

  /** The words whose characters overlap {@code [start, end)} of the words joined by spaces. */
  public static List<Word> wordsIn(List<Word> words, int start, int end) {
    int pos = 0;
    List<Word> out = new java.util.ArrayList<>();
    for (Word w : words) {
      int wEnd = pos + w.text().length();
      if (pos < end && wEnd > start) {
        out.add(w);
      }
      pos = wEnd + 1;
    }
    return out.isEmpty() ? words : out;
  }
}
