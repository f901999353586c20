package dev.ferry.document.contract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.HasWord;
import edu.stanford.nlp.process.DocumentPreprocessor;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * The sentences of a text, split by CoreNLP's tokenizer and sentence splitter, which need no model
 * and know that "Inc." or "Jan." does not end a sentence.
 */
final class Sentences {
  private static final int MAX_CHARS = 600;
  private final String text;
  private final int[] starts;
  private final int[] ends;

  private Sentences(String text, int[] starts, int[] ends) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
  }

  static Sentences of(String text) {
    List<int[]> spans = new ArrayList<>();
    for (List<HasWord> sentence : new DocumentPreprocessor(new StringReader(text))) {
      if (sentence.isEmpty()) {
        continue;
      }
      CoreLabel first = (CoreLabel) sentence.get(0);
      CoreLabel last = (CoreLabel) sentence.get(sentence.size() - 1);
      spans.add(new int[] {first.beginPosition(), last.endPosition()});
    }
    int[] starts = spans.stream().mapToInt(s -> s[0]).toArray();
    int[] ends = spans.stream().mapToInt(s -> s[1]).toArray();
    return new Sentences(text, starts, ends);
  }

  /** The sentence around a character offset, cut to 600 characters around it. */
  String at(int offset) {
    int lo = 0;
    int hi = starts.length - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (found < 0) {
      return text.substring(0, Math.min(text.length(), MAX_CHARS)).trim();
    }
    int start = Math.max(starts[found], offset - MAX_CHARS / 2);
    int end = Math.min(ends[found], Math.max(offset, start) + MAX_CHARS / 2);
    return text.substring(start, Math.max(start, end)).replaceAll("\\s+", " ").trim();
  }
}
