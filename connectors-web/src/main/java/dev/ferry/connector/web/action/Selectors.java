package dev.ferry.connector.web.action;

import java.util.Objects;

/** Checks shared by the inputs of several actions. */
final class Selectors {
  private Selectors() {}

  static void require(String selector, String key) {
    Objects.requireNonNull(selector, () -> key + " is required");
    if (selector.isBlank()) {
      throw new IllegalArgumentException(key + " cannot be blank");
    }
  }

  /** Exactly one of the values is given; {@code keys} names them in the same order. */
  static void exactlyOne(String keys, Object... values) {
    long given = java.util.Arrays.stream(values).filter(Objects::nonNull).count();
    if (given != 1) {
      throw new IllegalArgumentException("give exactly one of " + keys);
    }
  }
}
