package dev.ferry.engine.spi;

import java.util.Objects;

/**
 * A reference, by name, to a value held in the secret store. Definitions and action inputs carry
 * references, never values.
 */
public record SecretRef(String name) {
  public SecretRef {
    Objects.requireNonNull(name, "name");
    if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
      throw new IllegalArgumentException(
          "a secret name uses letters, digits, '.', '_' and '-', and starts with a letter or digit: "
              + name);
    }
  }

  @Override
  public String toString() {
    return "secret:" + name;
  }
}
