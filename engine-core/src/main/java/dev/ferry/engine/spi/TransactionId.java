package dev.ferry.engine.spi;

import java.util.Objects;
import java.util.UUID;

/** The identity of one transaction, a short random token such as {@code tx-3f9a1c2b7d4e}. */
public record TransactionId(String value) {
  public TransactionId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a transaction id cannot be blank");
    }
  }

  public static TransactionId random() {
    return new TransactionId(
        "tx-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16));
  }

  @Override
  public String toString() {
    return value;
  }
}
