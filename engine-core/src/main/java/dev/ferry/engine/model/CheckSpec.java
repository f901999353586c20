package dev.ferry.engine.model;

import java.util.Objects;

/**
 * A read-back action attached to a step: {@code expect:} checks the application's state after the
 * step; {@code verify:} tells whether an interrupted step took effect.
 *
 * @param action the check action's name, by default the connector's check action
 */
public record CheckSpec(String action, BoundInput input, SourceLocation location) {
  public CheckSpec {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(input, "input");
  }
}
