package dev.ferry.engine.expr;

import dev.ferry.engine.expr.internal.Converter;
import java.lang.reflect.Type;
import java.util.Objects;
import java.util.Optional;

/**
 * Converts expression values and YAML literals to the Java types of action inputs and connector
 * configurations.
 *
 * <p>Supported targets: {@code String}; {@code boolean}/{@code Boolean} (also from "true", "false",
 * "yes", "no"); {@code int}/{@code Integer} and {@code long}/{@code Long} (range-checked); {@code
 * BigDecimal} (from numbers or plain text such as {@code 1234.50}: no thousands separators, no
 * exponent); {@code Duration} ({@code 30s}, {@code 500ms}, {@code 5m}, {@code 1h30m}, {@code 2d},
 * ISO {@code PT30S}, or a number of seconds); {@code LocalDate} and {@code Instant} (ISO-8601);
 * {@code SecretRef} (from the secret's name); {@code DocumentRef} (only a document); enums
 * (case-insensitive, kebab-case or underscores); records (from a map whose keys are the component
 * names or their kebab-case form, honouring {@link dev.ferry.engine.spi.Param}); {@code List<T>};
 * {@code Map<String, T>}; and {@code Object} (the expression value as is).
 *
 * <p>All methods are static and thread-safe.
 */
public final class ValueConverter {
  private ValueConverter() {}

  /**
   * Converts a value to a target type.
   *
   * @param value an expression value or YAML literal, may be null
   * @param target a Class or a ParameterizedType such as {@code List<Line>}
   * @return the converted value; null only when the value is null and the target is not primitive
   * @throws ConversionException when the value does not fit, with a plain-English message
   * @throws IllegalArgumentException when the target type is not supported at all
   */
  public static Object convert(Object value, Type target) {
    Objects.requireNonNull(target, "target");
    return Converter.convert(value, target, "");
  }

  /**
   * Converts a value to a target class.
   *
   * @throws ConversionException when the value does not fit
   */
  public static <T> T convert(Object value, Class<T> target) {
    @SuppressWarnings("unchecked")
    T result = (T) convert(value, (Type) target);
    return result;
  }

  /**
   * Checks a literal written in a definition against a target type when the definition loads.
   *
   * @return the problem in plain English, or empty when the literal fits
   */
  public static Optional<String> check(Object literal, Type target) {
    try {
      convert(literal, target);
      return Optional.empty();
    } catch (ConversionException | IllegalArgumentException e) {
      return Optional.of(e.getMessage());
    }
  }
}
