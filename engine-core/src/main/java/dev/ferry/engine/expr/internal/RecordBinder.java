package dev.ferry.engine.expr.internal;

import static dev.ferry.engine.expr.internal.Converter.fail;
import static dev.ferry.engine.expr.internal.Converter.shown;

import dev.ferry.engine.expr.ConversionException;
import dev.ferry.engine.expr.Names;
import dev.ferry.engine.spi.Param;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds a record from a map whose keys are its component names, in camelCase or kebab-case. */
final class RecordBinder {
  private static final ClassValue<Shape> SHAPES =
      new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
          return new Shape(type);
        }
      };

  private RecordBinder() {}

  static Object bind(Object value, Class<?> type, String path) {
    Shape shape = SHAPES.get(type);
    if (!(value instanceof Map)) {
      throw fail(
          path,
          "expected a map with the keys "
              + String.join(", ", shape.keys)
              + " but got "
              + shown(value));
    }
    Map<?, ?> map = (Map<?, ?>) value;
    Object[] args = new Object[shape.components.length];
    boolean[] given = new boolean[args.length];
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String key = String.valueOf(e.getKey());
      Integer i = shape.byKey.get(key);
      if (i == null) {
        String hint = closest(key, shape.keys);
        throw fail(
            path,
            "unknown key '"
                + key
                + "'"
                + (hint == null ? "" : "; did you mean '" + hint + "'?")
                + " (the keys are "
                + String.join(", ", shape.keys)
                + ")");
      }
      RecordComponent c = shape.components[i];
      String where = path.isEmpty() ? shape.keys.get(i) : path + "." + shape.keys.get(i);
      args[i] = Converter.convert(e.getValue(), c.getGenericType(), where);
      given[i] = true;
    }
    for (int i = 0; i < args.length; i++) {
      if (given[i] && args[i] != null) {
        continue;
      }
      args[i] = absent(shape.components[i], shape.keys.get(i), path, given[i]);
    }
    return construct(shape, args, path);
  }

  private static Object absent(RecordComponent c, String key, String path, boolean givenNull) {
    Param param = c.getAnnotation(Param.class);
    String where = path.isEmpty() ? key : path + "." + key;
    if (param != null && !param.defaultValue().isEmpty()) {
      return Converter.convert(param.defaultValue(), c.getGenericType(), where);
    }
    if (param != null && param.optional()) {
      Class<?> type = c.getType();
      if (type == boolean.class) {
        return false;
      }
      if (type == int.class) {
        return 0;
      }
      if (type == long.class) {
        return 0L;
      }
      return null;
    }
    String help = param == null || param.value().isEmpty() ? "" : " (" + param.value() + ")";
    throw fail(
        path, (givenNull ? "'" + key + "' must have a value" : "'" + key + "' is missing") + help);
  }

  private static Object construct(Shape shape, Object[] args, String path) {
    try {
      return shape.constructor.newInstance(args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      throw new ConversionException(
          (path.isEmpty() ? "" : "at " + path + ": ") + "not valid: " + cause.getMessage(), cause);
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException("cannot create " + shape.type.getName(), e);
    }
  }

  private static String closest(String key, List<String> keys) {
    String wanted = Names.kebab(Names.camel(key));
    for (String k : keys) {
      if (k.equalsIgnoreCase(wanted) || k.replace("-", "").equalsIgnoreCase(key.replace("-", ""))) {
        return k;
      }
    }
    for (String k : keys) {
      if (k.startsWith(wanted) || wanted.startsWith(k)) {
        return k;
      }
    }
    return null;
  }

  private static final class Shape {
    final Class<?> type;
    final RecordComponent[] components;
    final List<String> keys = new ArrayList<>();
    final Map<String, Integer> byKey = new HashMap<>();
    final Constructor<?> constructor;

    Shape(Class<?> type) {
      this.type = type;
      this.components = type.getRecordComponents();
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        String name = components[i].getName();
        keys.add(Names.kebab(name));
        byKey.put(name, i);
        byKey.put(Names.kebab(name), i);
        types[i] = components[i].getType();
      }
      try {
        this.constructor = type.getDeclaredConstructor(types);
        constructor.trySetAccessible();
      } catch (NoSuchMethodException e) {
        throw new IllegalArgumentException(
            "a record without its canonical constructor: " + type, e);
      }
    }
  }
}
