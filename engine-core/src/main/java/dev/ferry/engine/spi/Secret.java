package dev.ferry.engine.spi;

import java.util.Objects;

/**
 * A secret's value. {@link #toString()} never shows it; call {@link #reveal()} only at the moment
 * the value is handed to the application.
 */
public final class Secret {
  private final String value;

  public Secret(String value) {
    this.value = Objects.requireNonNull(value, "value");
  }

  public String reveal() {
    return value;
  }

  @Override
  public String toString() {
    return "******";
  }
}
