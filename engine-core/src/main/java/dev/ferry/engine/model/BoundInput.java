package dev.ferry.engine.model;

import java.util.Map;
import java.util.Objects;

/**
 * A YAML map bound, at load time, to a record type: an action's input or a connector's config. Keys
 * are the record's component names; values are templates evaluated when the step runs.
 */
public record BoundInput(Class<? extends Record> type, Map<String, ValueTemplate> arguments) {
  public BoundInput {
    Objects.requireNonNull(type, "type");
    arguments = Map.copyOf(arguments);
  }

  public static BoundInput empty(Class<? extends Record> type) {
    return new BoundInput(type, Map.of());
  }
}
