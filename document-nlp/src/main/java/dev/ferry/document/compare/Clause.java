package dev.ferry.document.compare;

import java.util.Objects;

/**
 * A numbered clause or a paragraph of a document.
 *
 * @param heading its number or first words, such as {@code 7.2} or {@code Article 3}
 * @param text its whole text, the heading included
 * @param page the 1-based page it starts on
 */
public record Clause(String heading, String text, int page) {
  public Clause {
    Objects.requireNonNull(heading, "heading");
    Objects.requireNonNull(text, "text");
  }
}
