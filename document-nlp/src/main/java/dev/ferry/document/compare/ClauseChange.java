package dev.ferry.document.compare;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How one clause differs between two versions of a document.
 *
 * @param kind what happened to it
 * @param heading the clause's number or first words
 * @param before its text in the first document, null when added
 * @param after its text in the second document, null when removed
 * @param similarity 0 to 1 between before and after; 0 when added or removed
 */
public record ClauseChange(
    Kind kind, String heading, String before, String after, BigDecimal similarity) {
  /** What happened to a clause. */
  public enum Kind {
    UNCHANGED,
    CHANGED,
    ADDED,
    REMOVED
  }

  public ClauseChange {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(heading, "heading");
    Objects.requireNonNull(similarity, "similarity");
  }
}
