package dev.ferry.connector.desktop;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The VARIANT types that Ferry passes to and reads from COM, with the Java type that carries each
 * value in a {@link Variant}. Other VARIANT types are converted by the bridge to the nearest of
 * these before they reach Ferry.
 */
public enum VarType {
  /** {@code VT_EMPTY}: no value; also what an omitted optional argument is sent as. */
  EMPTY(0, null),
  /** {@code VT_NULL}: an explicit database-style null. */
  NULL(1, null),
  /** {@code VT_I4}: a 32-bit integer, carried as {@link Integer}. */
  I4(3, Integer.class),
  /** {@code VT_R8}: a double, carried as {@link Double}; Excel's numbers are all of this type. */
  R8(5, Double.class),
  /** {@code VT_CY}: a currency amount with 4 decimals, carried as {@link BigDecimal}. */
  CY(6, BigDecimal.class),
  /** {@code VT_DATE}: a local date and time without a zone, carried as {@link LocalDateTime}. */
  DATE(7, LocalDateTime.class),
  /** {@code VT_BSTR}: a string, carried as {@link String}. */
  BSTR(8, String.class),
  /** {@code VT_DISPATCH}: another automation object, carried as {@link ComObject}. */
  DISPATCH(9, ComObject.class),
  /** {@code VT_ERROR}: an SCODE, such as an Excel cell error, carried as {@link Integer}. */
  ERROR(10, Integer.class),
  /** {@code VT_BOOL}: carried as {@link Boolean}. */
  BOOL(11, Boolean.class),
  /** {@code VT_I8}: a 64-bit integer, carried as {@link Long}. */
  I8(20, Long.class),
  /**
   * {@code VT_ARRAY | VT_VARIANT}: a two-dimensional SAFEARRAY, carried as rows, a {@code
   * List<List<Variant>>}. A one-dimensional array is one row.
   */
  ARRAY(0x200C, List.class);

  private final int code;
  private final Class<?> javaType;

  VarType(int code, Class<?> javaType) {
    this.code = code;
    this.javaType = javaType;
  }

  /** The numeric {@code VT_} code, as COM documentation and error messages show it. */
  public int code() {
    return code;
  }

  /** The Java class of {@link Variant#value()} for this type; null for EMPTY and NULL. */
  public Class<?> javaType() {
    return javaType;
  }
}
