package dev.ferry.document.ner;

import java.util.Locale;

/** Whether and how named-entity recognition fills fields the layout and sentence rules missed. */
public enum NerMode {
  /** No named-entity recognition: nothing is loaded. */
  OFF,
  /** One 7-class statistical model, loaded in about a second. */
  LITE,
  /** CoreNLP's full English pipeline, loaded in 14-30 seconds. */
  FULL;

  /**
   * Reads {@code off}, {@code lite} or {@code full}, in any case.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static NerMode parse(String value) {
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("ner must be off, lite or full, not '" + value + "'", e);
    }
  }
}
