package dev.ferry.engine.model;

import java.util.Objects;

/**
 * One declared input of a process, given with {@code ferry run --input name=value} or by a trigger.
 *
 * @param defaultValue used when the input is not given; null for none
 * @param sensitive redacted in the ledger, logs and exports
 */
public record InputSpec(
    String name,
    ValueType type,
    boolean required,
    Object defaultValue,
    boolean sensitive,
    String description,
    SourceLocation location) {
  public InputSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(location, "location");
  }
}
