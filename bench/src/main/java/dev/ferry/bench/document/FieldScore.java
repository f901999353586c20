package dev.ferry.bench.document;

import java.util.Locale;

/** Counts for one field: how often it was expected, predicted, and predicted right. */
final class FieldScore {
  int documents;
  int expected;
  int predicted;
  int correct;
  int bothAbsent;

  void add(boolean hasExpected, boolean hasPredicted, boolean right) {
    documents++;
    if (hasExpected) {
      expected++;
    }
    if (hasPredicted) {
      predicted++;
    }
    if (hasExpected && hasPredicted && right) {
      correct++;
    }
    if (!hasExpected && !hasPredicted) {
      bothAbsent++;
    }
  }

  void add(FieldScore other) {
    documents += other.documents;
    expected += other.expected;
    predicted += other.predicted;
    correct += other.correct;
    bothAbsent += other.bothAbsent;
  }

  double precision() {
    return predicted == 0 ? 0 : (double) correct / predicted;
  }

  double recall() {
    return expected == 0 ? 0 : (double) correct / expected;
  }

  /** Right value, or rightly absent, over all documents. */
  double exactMatch() {
    return documents == 0 ? 0 : (double) (correct + bothAbsent) / documents;
  }

  String row(String name) {
    return String.format(
        Locale.ROOT,
        "| %s | %d | %d | %d | %.1f%% | %.1f%% | %.1f%% |",
        name,
        expected,
        predicted,
        correct,
        100 * precision(),
        100 * recall(),
        100 * exactMatch());
  }

  static String header() {
    return "| field | expected | predicted | correct | precision | recall | exact match |\n"
        + "|---|---|---|---|---|---|---|";
  }
}
