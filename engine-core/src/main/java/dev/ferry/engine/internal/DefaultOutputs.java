package dev.ferry.engine.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Builds a plausible empty output record for a dry run: zeros, empty text, empty lists. */
final class DefaultOutputs {
  private DefaultOutputs() {}

  static <R extends Record> R of(Class<R> type) {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      values[i] = emptyValue(types[i]);
    }
    try {
      Constructor<R> constructor = type.getDeclaredConstructor(types);
      constructor.setAccessible(true);
      return constructor.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build an empty " + type.getName(), e);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object emptyValue(Class<?> type) {
    if (type == String.class) {
      return "";
    }
    if (type == boolean.class || type == Boolean.class) {
      return false;
    }
    if (type == int.class || type == Integer.class) {
      return 0;
    }
    if (type == long.class || type == Long.class) {
      return 0L;
    }
    if (type == BigDecimal.class) {
      return BigDecimal.ZERO;
    }
    if (type == List.class) {
      return List.of();
    }
    if (type == Map.class) {
      return Map.of();
    }
    if (type.isRecord()) {
      return of((Class) type);
    }
    return null;
  }
}
