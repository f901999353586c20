package dev.ferry.connector.desktop;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One COM VARIANT as Ferry sees it: a type and a Java value of the matching class (see {@link
 * VarType#javaType()}). Bridges turn it into their native VARIANT and back.
 *
 * @param type never null
 * @param value null exactly when the type is EMPTY or NULL; an ARRAY holds rows of variants
 */
public record Variant(VarType type, Object value) {

  public static final Variant EMPTY = new Variant(VarType.EMPTY, null);
  public static final Variant NULL = new Variant(VarType.NULL, null);

  public Variant {
    Objects.requireNonNull(type, "type");
    if (type.javaType() == null) {
      if (value != null) {
        throw new IllegalArgumentException(type + " carries no value, got " + value);
      }
    } else if (!type.javaType().isInstance(value)) {
      throw new IllegalArgumentException(
          type + " needs a " + type.javaType().getSimpleName() + ", got " + describe(value));
    }
    if (type == VarType.ARRAY) {
      value = copyRows(value);
    }
  }

  public static Variant bstr(String value) {
    return new Variant(VarType.BSTR, value);
  }

  public static Variant i4(int value) {
    return new Variant(VarType.I4, value);
  }

  public static Variant i8(long value) {
    return new Variant(VarType.I8, value);
  }

  public static Variant r8(double value) {
    return new Variant(VarType.R8, value);
  }

  public static Variant bool(boolean value) {
    return new Variant(VarType.BOOL, value);
  }

  public static Variant cy(BigDecimal value) {
    return new Variant(VarType.CY, value);
  }

  public static Variant date(LocalDateTime value) {
    return new Variant(VarType.DATE, value);
  }

  public static Variant dispatch(ComObject value) {
    return new Variant(VarType.DISPATCH, value);
  }

  public static Variant error(int scode) {
    return new Variant(VarType.ERROR, scode);
  }

  public static Variant array(List<List<Variant>> rows) {
    return new Variant(VarType.ARRAY, rows);
  }

  /** The rows of an ARRAY variant. */
  @SuppressWarnings("unchecked")
  public List<List<Variant>> rows() {
    if (type != VarType.ARRAY) {
      throw new IllegalStateException("not an array: " + this);
    }
    return (List<List<Variant>>) value;
  }

  /** The object of a DISPATCH variant. */
  public ComObject object() {
    if (type != VarType.DISPATCH) {
      throw new IllegalStateException("not an object: " + this);
    }
    return (ComObject) value;
  }

  private static List<List<Variant>> copyRows(Object value) {
    List<?> rows = (List<?>) value;
    return rows.stream()
        .map(
            row -> {
              if (!(row instanceof List<?> cells)) {
                throw new IllegalArgumentException("an ARRAY row must be a list, got " + row);
              }
              return cells.stream()
                  .map(
                      cell -> {
                        if (!(cell instanceof Variant v)) {
                          throw new IllegalArgumentException(
                              "an ARRAY cell must be a Variant, got " + describe(cell));
                        }
                        return v;
                      })
                  .toList();
            })
        .toList();
  }

  private static String describe(Object value) {
    return value == null ? "null" : value.getClass().getSimpleName();
  }
}
