package dev.ferry.connector.desktop.internal;

import dev.ferry.connector.desktop.ComObject;
import dev.ferry.connector.desktop.Variant;
import dev.ferry.engine.spi.BusinessException;
import dev.ferry.engine.spi.SecretRef;
import dev.ferry.engine.spi.SecretResolver;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Converts between the values a definition works with and COM VARIANTs.
 *
 * <p>Money stays exact: a decimal goes to COM as an integer when it is one, and as a double only
 * when the double reads back as the same decimal; Excel stores every number as a double anyway.
 * Doubles coming back become the shortest decimal that prints the same, so 0.1 stays 0.1.
 */
final class VariantMapping {
  private static final int MAX_SHOWN = 80;

  private final SecretResolver secrets;
  private final Function<String, ComObject> objects;

  /**
   * @param secrets resolves secret references in arguments
   * @param objects finds a session's COM object by handle, for {@code {object: name}} arguments
   */
  VariantMapping(SecretResolver secrets, Function<String, ComObject> objects) {
    this.secrets = secrets;
    this.objects = objects;
  }

  ComArg toArg(Object value) {
    if (value instanceof SecretRef ref) {
      return ComArg.secret(secrets.resolve(ref).reveal());
    }
    return ComArg.of(toVariant(value));
  }

  List<ComArg> toArgs(List<?> values) {
    List<ComArg> args = new ArrayList<>();
    for (Object value : values == null ? List.of() : values) {
      args.add(toArg(value));
    }
    return args;
  }

  Variant toVariant(Object value) {
    if (value == null) {
      return Variant.EMPTY;
    } else if (value instanceof Variant variant) {
      return variant;
    } else if (value instanceof String s) {
      return Variant.bstr(s);
    } else if (value instanceof Boolean b) {
      return Variant.bool(b);
    } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return Variant.i4(((Number) value).intValue());
    } else if (value instanceof Long l) {
      return l == l.intValue() ? Variant.i4(l.intValue()) : Variant.i8(l);
    } else if (value instanceof BigDecimal d) {
      return decimal(d);
    } else if (value instanceof Double || value instanceof Float) {
      return Variant.r8(((Number) value).doubleValue());
    } else if (value instanceof LocalDate date) {
      return Variant.date(date.atStartOfDay());
    } else if (value instanceof LocalDateTime dateTime) {
      return Variant.date(dateTime);
    } else if (value instanceof Instant instant) {
      // COM dates have no zone; programs read them as the desktop's local time.
      return Variant.date(LocalDateTime.ofInstant(instant, ZoneId.systemDefault()));
    } else if (value instanceof ComObject object) {
      return Variant.dispatch(object);
    } else if (value instanceof Map<?, ?> map && map.size() == 1 && map.get("object") != null) {
      return Variant.dispatch(objects.apply(String.valueOf(map.get("object"))));
    } else if (value instanceof List<?> list) {
      return array(list);
    }
    throw new BusinessException(
        "BAD_COM_ARGUMENT",
        "a "
            + value.getClass().getSimpleName()
            + " cannot be passed to COM. Use text, a number, true/false, a date, a list of rows,"
            + " or {object: <handle>} for an object made earlier in this session.");
  }

  private static Variant decimal(BigDecimal d) {
    BigDecimal stripped = d.stripTrailingZeros();
    if (stripped.scale() <= 0
        && stripped.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0
        && stripped.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) >= 0) {
      return Variant.i4(stripped.intValueExact());
    }
    double asDouble = d.doubleValue();
    if (Double.isFinite(asDouble) && BigDecimal.valueOf(asDouble).compareTo(d) == 0) {
      return Variant.r8(asDouble);
    }
    throw new BusinessException(
        "BAD_COM_ARGUMENT",
        "the number "
            + d.toPlainString()
            + " has more digits than COM's double can hold (about 15 significant digits). Pass it"
            + " as text if the program accepts text.");
  }

  private Variant array(List<?> list) {
    boolean rows = !list.isEmpty() && list.stream().allMatch(item -> item instanceof List<?>);
    List<List<Variant>> converted = new ArrayList<>();
    if (rows) {
      for (Object row : list) {
        converted.add(((List<?>) row).stream().map(this::toVariant).toList());
      }
    } else {
      converted.add(list.stream().map(this::toVariant).toList());
    }
    return Variant.array(converted);
  }

  /** The value a definition sees for a VARIANT that is not an object. */
  static Object toJava(Variant variant) {
    return switch (variant.type()) {
      case EMPTY, NULL -> null;
      case I4, I8, BOOL, BSTR -> variant.value();
      case R8 -> fromDouble((Double) variant.value());
      case CY -> plain((BigDecimal) variant.value());
      case DATE -> fromDate((LocalDateTime) variant.value());
      case ERROR -> ExcelError.text((Integer) variant.value());
      case DISPATCH -> variant.object().describe();
      case ARRAY ->
          variant.rows().stream()
              .map(row -> row.stream().map(VariantMapping::toJava).toList())
              .toList();
    };
  }

  private static Object fromDouble(double d) {
    if (!Double.isFinite(d)) {
      return Double.toString(d);
    }
    return plain(BigDecimal.valueOf(d));
  }

  private static BigDecimal plain(BigDecimal d) {
    BigDecimal stripped = d.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private static Object fromDate(LocalDateTime dateTime) {
    if (dateTime.toLocalTime().equals(LocalTime.MIDNIGHT)) {
      return dateTime.toLocalDate();
    }
    return dateTime.toString();
  }

  /** How evidence shows a VARIANT: the value and its type, never longer than a line. */
  static String render(Variant variant) {
    return switch (variant.type()) {
      case EMPTY, NULL -> variant.type().name();
      case BSTR -> quote((String) variant.value());
      case DISPATCH -> "<" + variant.object().describe() + ">";
      case ARRAY ->
          "ARRAY["
              + variant.rows().size()
              + "x"
              + variant.rows().stream().mapToInt(List::size).max().orElse(0)
              + "]";
      case ERROR -> ExcelError.text((Integer) variant.value()) + ":ERROR";
      default -> variant.value() + ":" + variant.type().name();
    };
  }

  private static String quote(String s) {
    String shown = s.length() > MAX_SHOWN ? s.substring(0, MAX_SHOWN) + "..." : s;
    return '"' + shown.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
  }
}
