package dev.ferry.definition.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferry.engine.expr.Names;
import dev.ferry.engine.spi.DocumentRef;
import dev.ferry.engine.spi.SecretRef;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * JSON Schema (draft-07) for the Java types of record components. Every value that is not text may
 * also be written as a {@code ${...}} expression, evaluated when the step runs.
 */
public final class TypeSchemas {
  public static final String EXPRESSION_REF = "#/definitions/expression";
  public static final String DURATION_REF = "#/definitions/duration";
  private static final int MAX_DEPTH = 6;
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private TypeSchemas() {}

  /** An object schema for a record: its components, in kebab-case, with help and defaults. */
  public static ObjectNode record(Class<?> type, List<String> extraKeys) {
    return record(type, extraKeys, 0);
  }

  private static ObjectNode record(Class<?> type, List<String> extraKeys, int depth) {
    ObjectNode schema = JSON.objectNode().put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    ArrayNode required = JSON.arrayNode();
    for (ParamInfo param : ParamInfo.of(type)) {
      ObjectNode property = of(param.type(), depth + 1);
      if (!param.help().isEmpty()) {
        property.put("description", param.help());
      }
      if (!param.defaultValue().isEmpty()) {
        property.set("default", JSON.pojoNode(defaultValue(param.defaultValue())));
      }
      properties.set(param.key(), property);
      if (param.required()) {
        required.add(param.key());
      }
    }
    for (String key : extraKeys) {
      properties.putObject(key);
    }
    if (!required.isEmpty()) {
      schema.set("required", required);
    }
    schema.put("additionalProperties", false);
    return schema;
  }

  private static Object defaultValue(String text) {
    return Scalars.value(new ScalarNode(Tag.STR, text, null, null, ScalarStyle.PLAIN));
  }

  public static ObjectNode of(Type type) {
    return of(type, 0);
  }

  private static ObjectNode of(Type type, int depth) {
    Class<?> raw = ValueBinder.raw(type);
    if (raw == String.class) {
      return JSON.objectNode().put("type", "string");
    }
    if (raw == Object.class) {
      return JSON.objectNode();
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return orExpression(JSON.objectNode().put("type", "boolean"));
    }
    if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
      return orExpression(JSON.objectNode().put("type", "integer"));
    }
    if (raw == BigDecimal.class) {
      return orExpression(
          JSON.objectNode().put("type", "number"),
          JSON.objectNode().put("type", "string").put("pattern", "^[-+]?[0-9]*\\.?[0-9]+$"));
    }
    if (raw == Duration.class) {
      return orExpression(JSON.objectNode().put("$ref", DURATION_REF));
    }
    if (raw == LocalDate.class) {
      return orExpression(JSON.objectNode().put("type", "string").put("format", "date"));
    }
    if (raw == Instant.class) {
      return orExpression(JSON.objectNode().put("type", "string").put("format", "date-time"));
    }
    if (raw == SecretRef.class) {
      return JSON.objectNode().put("type", "string").put("pattern", "^[A-Za-z0-9][A-Za-z0-9._-]*$");
    }
    if (raw == DocumentRef.class) {
      return JSON.objectNode().put("$ref", EXPRESSION_REF);
    }
    if (raw.isEnum()) {
      ObjectNode values = JSON.objectNode();
      ArrayNode list = values.putArray("enum");
      for (Object constant : raw.getEnumConstants()) {
        list.add(Names.constant((Enum<?>) constant));
      }
      return orExpression(values);
    }
    if (depth > MAX_DEPTH) {
      return JSON.objectNode();
    }
    if (List.class.isAssignableFrom(raw)) {
      ObjectNode array = JSON.objectNode().put("type", "array");
      array.set("items", of(ValueBinder.argument(type, 0), depth + 1));
      return orExpression(array);
    }
    if (Map.class.isAssignableFrom(raw)) {
      ObjectNode map = JSON.objectNode().put("type", "object");
      map.set("additionalProperties", of(ValueBinder.argument(type, 1), depth + 1));
      return orExpression(map);
    }
    if (raw.isRecord()) {
      return orExpression(record(raw, List.of(), depth + 1));
    }
    return JSON.objectNode();
  }

  private static ObjectNode orExpression(ObjectNode... schemas) {
    ObjectNode any = JSON.objectNode();
    ArrayNode options = any.putArray("anyOf");
    for (ObjectNode schema : schemas) {
      options.add(schema);
    }
    options.addObject().put("$ref", EXPRESSION_REF);
    return any;
  }
}
