package dev.ferry.engine.internal;

import dev.ferry.engine.expr.Scope;
import dev.ferry.engine.expr.ValueConverter;
import dev.ferry.engine.model.BoundInput;
import dev.ferry.engine.model.ValueTemplate;
import dev.ferry.engine.spi.Param;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a bound input into the record an action receives: it evaluates the templates against the
 * transaction's variables and converts each value to its component's type.
 */
public final class InputMaterializer {
  private InputMaterializer() {}

  /**
   * @throws dev.ferry.engine.spi.FerryException when an expression fails or a value does not fit
   */
  public static <R extends Record> R materialize(BoundInput input, Scope scope) {
    @SuppressWarnings("unchecked")
    Class<R> type = (Class<R>) input.type();
    RecordComponent[] components = type.getRecordComponents();
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      ValueTemplate template = input.arguments().get(component.getName());
      Object raw = template == null ? defaultFor(component) : evaluate(template, scope);
      values[i] = convert(raw, component);
    }
    return construct(type, components, values);
  }

  /** The value a template stands for in this scope, as an expression value. */
  public static Object evaluate(ValueTemplate template, Scope scope) {
    if (template instanceof ValueTemplate.Literal literal) {
      return literal.value();
    }
    if (template instanceof ValueTemplate.Interpolated interpolated) {
      return interpolated.template().evaluate(scope);
    }
    if (template instanceof ValueTemplate.ListOf list) {
      List<Object> items = new ArrayList<>(list.items().size());
      for (ValueTemplate item : list.items()) {
        items.add(evaluate(item, scope));
      }
      return items;
    }
    ValueTemplate.MapOf map = (ValueTemplate.MapOf) template;
    Map<String, Object> entries = new LinkedHashMap<>();
    map.entries().forEach((key, value) -> entries.put(key, evaluate(value, scope)));
    return entries;
  }

  private static Object defaultFor(RecordComponent component) {
    Param param = component.getAnnotation(Param.class);
    if (param == null || param.defaultValue().isEmpty()) {
      return null;
    }
    return flowList(param.defaultValue());
  }

  /**
   * A default is written as YAML would write it; a flow list such as {@code [vendor, total]} is the
   * one form that is not a single scalar.
   */
  private static Object flowList(String text) {
    String trimmed = text.trim();
    if (!trimmed.startsWith("[") || !trimmed.endsWith("]")) {
      return text;
    }
    String inside = trimmed.substring(1, trimmed.length() - 1).trim();
    if (inside.isEmpty()) {
      return List.of();
    }
    List<Object> items = new ArrayList<>();
    for (String item : inside.split(",")) {
      items.add(item.trim());
    }
    return items;
  }

  private static Object convert(Object raw, RecordComponent component) {
    Class<?> type = component.getType();
    if (raw == null) {
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
    try {
      return ValueConverter.convert(raw, component.getGenericType());
    } catch (RuntimeException e) {
      throw new dev.ferry.engine.spi.FerryException(
          "input '"
              + dev.ferry.engine.expr.Names.kebab(component.getName())
              + "': "
              + e.getMessage(),
          e);
    }
  }

  private static <R extends Record> R construct(
      Class<R> type, RecordComponent[] components, Object[] values) {
    Class<?>[] parameterTypes = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      parameterTypes[i] = components[i].getType();
    }
    try {
      Constructor<R> constructor = type.getDeclaredConstructor(parameterTypes);
      constructor.setAccessible(true);
      return constructor.newInstance(values);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      throw new dev.ferry.engine.spi.FerryException(
          "invalid input for " + type.getSimpleName() + ": " + cause.getMessage(), cause);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + type.getName(), e);
    }
  }
}
