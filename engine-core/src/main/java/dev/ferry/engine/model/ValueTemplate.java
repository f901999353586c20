package dev.ferry.engine.model;

import dev.ferry.engine.expr.Template;
import java.util.List;
import java.util.Map;

/** A value written in a definition, which may contain {@code ${...}} expressions. */
public sealed interface ValueTemplate {

  /** A value with no expression in it: text, a number, a boolean, or null. */
  record Literal(Object value) implements ValueTemplate {}

  /** A string with {@code ${...}} parts. */
  record Interpolated(Template template) implements ValueTemplate {}

  record ListOf(List<ValueTemplate> items) implements ValueTemplate {
    public ListOf {
      items = List.copyOf(items);
    }
  }

  record MapOf(Map<String, ValueTemplate> entries) implements ValueTemplate {
    public MapOf {
      entries = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entries));
    }
  }
}
