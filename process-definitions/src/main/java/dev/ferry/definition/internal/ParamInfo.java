package dev.ferry.definition.internal;

import dev.ferry.engine.expr.Names;
import dev.ferry.engine.spi.Param;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * One component of an action's input or a connector's config record, as a definition sees it.
 *
 * @param name the Java component name, used as the key of a {@code BoundInput}
 * @param key the YAML key, the name in kebab-case
 * @param help the {@link Param} help, empty when there is none
 * @param defaultValue the default as YAML would write it, empty when there is none
 */
public record ParamInfo(
    String name,
    String key,
    Type type,
    String help,
    boolean required,
    String defaultValue,
    boolean sensitive) {

  // Reflection on annotations is slow enough to show in large definitions; record types never
  // change, so their components are read once per class.
  private static final ClassValue<List<ParamInfo>> CACHE =
      new ClassValue<>() {
        @Override
        protected List<ParamInfo> computeValue(Class<?> type) {
          return List.copyOf(read(type));
        }
      };

  /** The components of a record type, in declaration order; never null. */
  public static List<ParamInfo> of(Class<?> recordType) {
    return CACHE.get(recordType);
  }

  private static List<ParamInfo> read(Class<?> recordType) {
    List<ParamInfo> params = new ArrayList<>();
    RecordComponent[] components = recordType.getRecordComponents();
    if (components == null) {
      return params;
    }
    for (RecordComponent component : components) {
      Param param = component.getAnnotation(Param.class);
      String help = param == null ? "" : param.value();
      String defaultValue = param == null ? "" : param.defaultValue();
      boolean optional = param != null && (param.optional() || !defaultValue.isEmpty());
      params.add(
          new ParamInfo(
              component.getName(),
              Names.kebab(component.getName()),
              component.getGenericType(),
              help,
              !optional,
              defaultValue,
              param != null && param.sensitive()));
    }
    return params;
  }

  /** Whether a record of that type can be bound from an empty map. */
  public static boolean allOptional(Class<?> recordType) {
    return of(recordType).stream().noneMatch(ParamInfo::required);
  }
}
