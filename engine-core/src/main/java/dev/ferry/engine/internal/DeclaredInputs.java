package dev.ferry.engine.internal;

import dev.ferry.engine.expr.ValueConverter;
import dev.ferry.engine.expr.Values;
import dev.ferry.engine.model.InputSpec;
import dev.ferry.engine.model.ProcessDefinition;
import dev.ferry.engine.model.ValueType;
import dev.ferry.engine.spi.DocumentRef;
import dev.ferry.engine.spi.FerryException;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Checks a work item's inputs against a definition's declared inputs. */
public final class DeclaredInputs {
  private DeclaredInputs() {}

  /**
   * Checks the given inputs against the definition's declared inputs and converts them to their
   * declared types.
   */
  public static Map<String, Object> bind(ProcessDefinition definition, Map<String, Object> given) {
    Map<String, Object> bound = new LinkedHashMap<>();
    List<String> problems = new java.util.ArrayList<>();
    for (String name : given.keySet()) {
      if (definition.inputs().stream().noneMatch(i -> i.name().equals(name))) {
        problems.add(
            "unknown input '"
                + name
                + "'; "
                + definition.name()
                + " declares "
                + (definition.inputs().isEmpty()
                    ? "no inputs"
                    : definition.inputs().stream()
                        .map(InputSpec::name)
                        .collect(Collectors.joining(", "))));
      }
    }
    for (InputSpec spec : definition.inputs()) {
      Object value = given.containsKey(spec.name()) ? given.get(spec.name()) : spec.defaultValue();
      if (value == null) {
        if (spec.required()) {
          problems.add("input '" + spec.name() + "' is required (" + typeName(spec.type()) + ")");
        }
        bound.put(spec.name(), null);
        continue;
      }
      try {
        bound.put(
            spec.name(), Values.normalize(ValueConverter.convert(value, javaType(spec.type()))));
      } catch (RuntimeException e) {
        problems.add("input '" + spec.name() + "': " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new FerryException(String.join("\n", problems));
    }
    return bound;
  }

  private static String typeName(ValueType type) {
    return type.name().toLowerCase(java.util.Locale.ROOT);
  }

  private static Type javaType(ValueType type) {
    return switch (type) {
      case TEXT -> String.class;
      case DECIMAL -> BigDecimal.class;
      case INTEGER -> Long.class;
      case BOOLEAN -> Boolean.class;
      case DATE -> LocalDate.class;
      case DATETIME -> Instant.class;
      case LIST -> List.class;
      case MAP -> Map.class;
      case DOCUMENT -> DocumentRef.class;
      case ANY -> Object.class;
    };
  }
}
