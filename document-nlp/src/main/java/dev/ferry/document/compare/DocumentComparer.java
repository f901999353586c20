package dev.ferry.document.compare;

import dev.ferry.document.layout.DocumentText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares two documents: an overall similarity, and a clause-by-clause difference that pairs each
 * clause of the first with the most similar clause of the second.
 */
public final class DocumentComparer {
  /** Below this, two clauses are not versions of each other. */
  static final double SAME_CLAUSE = 0.5;

  private final TextSimilarity similarity = new TextSimilarity();

  /** The result of a comparison. */
  public record Comparison(BigDecimal similarity, List<ClauseChange> clauses) {
    public Comparison {
      clauses = List.copyOf(clauses);
    }
  }

  public Comparison compare(DocumentText a, DocumentText b) {
    double overall = similarity.similarity(a.text(), b.text());
    List<Clause> before = ClauseSplitter.split(a);
    List<Clause> after = ClauseSplitter.split(b);
    boolean[] used = new boolean[after.size()];
    List<ClauseChange> changes = new ArrayList<>();
    for (Clause c : before) {
      int best = -1;
      double bestScore = SAME_CLAUSE;
      for (int j = 0; j < after.size(); j++) {
        if (used[j]) {
          continue;
        }
        double s =
            normalised(c.text()).equals(normalised(after.get(j).text()))
                ? 1
                : similarity.similarity(c.text(), after.get(j).text());
        if (s >= bestScore) {
          bestScore = s;
          best = j;
        }
        if (s == 1) {
          break;
        }
      }
      if (best < 0) {
        changes.add(
            new ClauseChange(
                ClauseChange.Kind.REMOVED, c.heading(), c.text(), null, BigDecimal.ZERO));
        continue;
      }
      used[best] = true;
      Clause other = after.get(best);
      boolean same = normalised(c.text()).equals(normalised(other.text()));
      changes.add(
          new ClauseChange(
              same ? ClauseChange.Kind.UNCHANGED : ClauseChange.Kind.CHANGED,
              c.heading(),
              c.text(),
              other.text(),
              same ? BigDecimal.ONE.setScale(3) : round(bestScore)));
    }
    for (int j = 0; j < after.size(); j++) {
      if (!used[j]) {
        Clause c = after.get(j);
        changes.add(
            new ClauseChange(
                ClauseChange.Kind.ADDED, c.heading(), null, c.text(), BigDecimal.ZERO));
      }
    }
    return new Comparison(round(overall), changes);
  }

  private static String normalised(String text) {
    return text.replaceAll("\\s+", " ").trim();
  }

  static BigDecimal round(double v) {
    return BigDecimal.valueOf(Math.max(0, Math.min(1, v))).setScale(3, RoundingMode.HALF_UP);
  }
}
