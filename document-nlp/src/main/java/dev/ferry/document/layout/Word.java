package dev.ferry.document.layout;

import java.util.Objects;

/**
 * One word on a page, with its box in PDF points measured from the page's top-left corner.
 *
 * @param text never null or blank
 * @param page the 1-based page number
 * @param x left edge
 * @param y top edge
 * @param width width
 * @param height height
 * @param confidence how sure the reading of the word is, 0 to 1: 1 for a PDF's text layer, the OCR
 *     engine's own confidence for a word read from a scan
 */
public record Word(
    String text, int page, float x, float y, float width, float height, float confidence) {
  /** A word from a text layer, read with certainty. */
  public Word(String text, int page, float x, float y, float width, float height) {
    this(text, page, x, y, width, height, 1f);
  }

  public Word {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("a word cannot be blank");
    }
    if (page < 1) {
      throw new IllegalArgumentException("pages are numbered from 1: " + page);
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("a word's confidence is 0 to 1: " + confidence);
    }
  }

  public float right() {
    return x + width;
  }

  public float bottom() {
    return y + height;
  }

  /** The box of this word, rounded for reports. */
  public BoundingBox box() {
    return BoundingBox.of(x, y, width, height);
  }
}
