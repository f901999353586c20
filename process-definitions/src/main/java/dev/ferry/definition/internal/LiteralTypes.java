package dev.ferry.definition.internal;

import dev.ferry.engine.spi.DocumentRef;
import dev.ferry.engine.spi.SecretRef;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Converts a literal scalar to the Java type a record component declares, or says in plain words
 * why it cannot be. Strings keep their text exactly as written, so {@code option: 007} stays {@code
 * "007"} for a text component.
 */
public final class LiteralTypes {
  private LiteralTypes() {}

  /**
   * The converted value, or an error message.
   *
   * @param error null on success
   */
  public record Converted(Object value, String error) {
    static Converted ok(Object value) {
      return new Converted(value, null);
    }

    static Converted fail(String error) {
      return new Converted(null, error);
    }
  }

  public static Converted convert(ScalarNode node, Class<?> target) {
    Object value = Scalars.value(node);
    String text = node.getValue();
    if (target == String.class) {
      return Converted.ok(text);
    }
    if (target == Boolean.class || target == boolean.class) {
      return value instanceof Boolean
          ? Converted.ok(value)
          : Converted.fail("must be true or false");
    }
    if (target == Integer.class || target == int.class) {
      return value instanceof Long n && n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE
          ? Converted.ok(n.intValue())
          : Converted.fail("must be a whole number");
    }
    if (target == Long.class || target == long.class) {
      return value instanceof Long ? Converted.ok(value) : Converted.fail("must be a whole number");
    }
    if (target == BigDecimal.class) {
      return decimal(value, text);
    }
    if (target == Duration.class) {
      return DurationText.parse(text)
          .map(Converted::ok)
          .orElse(Converted.fail("must be a duration; " + DurationText.FORMAT));
    }
    if (target == LocalDate.class) {
      try {
        return Converted.ok(LocalDate.parse(text));
      } catch (DateTimeParseException e) {
        return Converted.fail("must be a date written like 2024-12-31");
      }
    }
    if (target == Instant.class) {
      return instant(text);
    }
    if (target == SecretRef.class) {
      try {
        return Converted.ok(new SecretRef(text));
      } catch (IllegalArgumentException e) {
        return Converted.fail(
            "must be the name of a secret, using letters, digits, '.', '_' and '-'");
      }
    }
    if (target == DocumentRef.class) {
      return Converted.fail(
          "must be a document, which cannot be written literally; pass one with an expression"
              + " such as \"${trigger.attachments[0]}\"");
    }
    if (target.isEnum()) {
      return enumConstant(target, text);
    }
    return Converted.fail("has the type " + target.getSimpleName() + ", which YAML cannot write");
  }

  private static Converted decimal(Object value, String text) {
    if (value instanceof Long n) {
      return Converted.ok(BigDecimal.valueOf(n));
    }
    if (value instanceof BigDecimal d) {
      return Converted.ok(d);
    }
    try {
      return Converted.ok(new BigDecimal(text.trim()));
    } catch (NumberFormatException e) {
      return Converted.fail("must be a decimal number such as 12.50");
    }
  }

  private static Converted instant(String text) {
    try {
      return Converted.ok(Instant.parse(text));
    } catch (DateTimeParseException e) {
      try {
        return Converted.ok(OffsetDateTime.parse(text).toInstant());
      } catch (DateTimeParseException e2) {
        return Converted.fail(
            "must be a date and time with a zone, written like 2024-12-31T17:00:00Z");
      }
    }
  }

  private static Converted enumConstant(Class<?> target, String text) {
    String wanted = text.trim().replace('-', '_');
    for (Object constant : target.getEnumConstants()) {
      if (((Enum<?>) constant).name().equalsIgnoreCase(wanted)) {
        return Converted.ok(constant);
      }
    }
    return Converted.fail("must be one of " + enumValues(target));
  }

  /** The YAML spellings of an enum's constants, such as "run-once, skip". */
  public static String enumValues(Class<?> target) {
    return Arrays.stream(target.getEnumConstants())
        .map(c -> KebabNames.of(((Enum<?>) c).name()))
        .collect(Collectors.joining(", "));
  }
}
