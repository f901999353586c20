package dev.ferry.engine.expr.internal;

import dev.ferry.engine.expr.ConversionException;
import dev.ferry.engine.expr.Values;
import dev.ferry.engine.spi.DocumentRef;
import dev.ferry.engine.spi.SecretRef;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The conversions behind {@link dev.ferry.engine.expr.ValueConverter}. */
public final class Converter {
  private Converter() {}

  /**
   * @param path where the value is, such as {@code lines[2].quantity}; empty at the top
   */
  public static Object convert(Object value, Type target, String path) {
    try {
      return dispatch(value, target, path);
    } catch (IllegalArgumentException | ArithmeticException e) {
      if (e instanceof UnsupportedTarget) {
        throw e;
      }
      throw fail(path, e.getMessage());
    }
  }

  private static Object dispatch(Object value, Type target, String path) {
    if (target instanceof ParameterizedType) {
      ParameterizedType p = (ParameterizedType) target;
      Class<?> raw = (Class<?>) p.getRawType();
      Type[] args = p.getActualTypeArguments();
      if (value == null) {
        return null;
      }
      if (Collection.class.isAssignableFrom(raw) && raw.isAssignableFrom(List.class)) {
        return list(normalized(value), args[0], path);
      }
      if (raw == Map.class && args[0] == String.class) {
        return map(normalized(value), args[1], path);
      }
      throw new UnsupportedTarget(target);
    }
    if (!(target instanceof Class)) {
      throw new UnsupportedTarget(target);
    }
    Class<?> type = (Class<?>) target;
    if (value == null) {
      if (type.isPrimitive()) {
        throw fail(path, "expected " + Scalars.expected(type) + " but got nothing (null)");
      }
      return null;
    }
    if (!type.isPrimitive()
        && type != Object.class
        && type.isInstance(value)
        && !(value instanceof Collection)
        && !(value instanceof Map)) {
      return value;
    }
    if (type == Object.class) {
      return normalized(value);
    }
    if (type == SecretRef.class && value instanceof String) {
      return new SecretRef(((String) value).strip());
    }
    if (type == DocumentRef.class) {
      throw fail(
          path, "expected a document, such as ${trigger.attachments[0]}, but got " + shown(value));
    }
    if (type == SecretRef.class) {
      throw fail(path, "expected the name of a secret but got " + shown(value));
    }
    if (type.isRecord()) {
      return RecordBinder.bind(normalized(value), type, path);
    }
    if (type == List.class || type == Collection.class) {
      return list(normalized(value), Object.class, path);
    }
    if (type == Map.class) {
      return map(normalized(value), Object.class, path);
    }
    if (type == SecretRef.class && value instanceof String) {
      return new SecretRef(((String) value).strip());
    }
    if (type == DocumentRef.class) {
      throw fail(
          path, "expected a document, such as ${trigger.attachments[0]}, but got " + shown(value));
    }
    return Scalars.convert(normalized(value), type, path);
  }

  private static List<Object> list(Object value, Type item, String path) {
    if (!(value instanceof List)) {
      throw fail(path, "expected a list but got " + shown(value));
    }
    List<Object> out = new ArrayList<>();
    int i = 0;
    for (Object element : (List<?>) value) {
      out.add(convert(element, item, path + "[" + i + "]"));
      i++;
    }
    return Collections.unmodifiableList(out);
  }

  private static Map<String, Object> map(Object value, Type item, String path) {
    if (!(value instanceof Map)) {
      throw fail(path, "expected a map but got " + shown(value));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
      String key = String.valueOf(e.getKey());
      out.put(key, convert(e.getValue(), item, path.isEmpty() ? key : path + "." + key));
    }
    return Collections.unmodifiableMap(out);
  }

  static Object normalized(Object value) {
    return Values.isExpressionValue(value) ? value : Values.normalize(value);
  }

  static String shown(Object value) {
    if (value instanceof String) {
      return "'" + Describe.shorten((String) value) + "'";
    }
    return Describe.value(value);
  }

  static ConversionException fail(String path, String message) {
    return new ConversionException(path.isEmpty() ? message : "at " + path + ": " + message);
  }

  /** A target type that no value can be converted to: a programming error, not a user's. */
  static final class UnsupportedTarget extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    UnsupportedTarget(Type target) {
      super("Ferry cannot convert values to " + target.getTypeName());
    }
  }
}
