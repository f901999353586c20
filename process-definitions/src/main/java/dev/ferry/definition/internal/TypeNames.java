package dev.ferry.definition.internal;

import dev.ferry.engine.expr.Names;
import dev.ferry.engine.spi.DocumentRef;
import dev.ferry.engine.spi.SecretRef;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Names Java types the way the YAML reference describes them to analysts. */
public final class TypeNames {
  private TypeNames() {}

  /** The YAML spellings of an enum's constants, such as "run-once, skip". */
  public static String enumValues(Class<?> enumType) {
    return Arrays.stream(enumType.getEnumConstants())
        .map(c -> Names.constant((Enum<?>) c))
        .collect(Collectors.joining(", "));
  }

  public static String of(Type type) {
    Class<?> raw = ValueBinder.raw(type);
    if (raw == String.class) {
      return "text";
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return "boolean";
    }
    if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
      return "integer";
    }
    if (raw == BigDecimal.class) {
      return "decimal";
    }
    if (raw == Duration.class) {
      return "duration";
    }
    if (raw == LocalDate.class) {
      return "date";
    }
    if (raw == Instant.class) {
      return "datetime";
    }
    if (raw == SecretRef.class) {
      return "secret name";
    }
    if (raw == DocumentRef.class) {
      return "document";
    }
    if (raw.isEnum()) {
      return "one of " + enumValues(raw);
    }
    if (List.class.isAssignableFrom(raw)) {
      return "list of " + of(ValueBinder.argument(type, 0));
    }
    if (Map.class.isAssignableFrom(raw)) {
      return "map of " + of(ValueBinder.argument(type, 1));
    }
    if (raw.isRecord()) {
      return "map (" + raw.getSimpleName() + ")";
    }
    return "any";
  }
}
