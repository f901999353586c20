package dev.ferry.engine.expr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferry.engine.spi.DocumentRef;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes variables as JSON and reads them back exactly, so that a transaction resumes after a
 * checkpoint with the same values: a whole number stays a Long, a decimal keeps its scale ({@code
 * 12.50} stays {@code 12.50}), and dates, date-times, durations and documents are tagged, as in
 * {@code {"$date": "2024-05-01"}}. A map with a key starting with {@code $} is wrapped in {@code
 * {"$map": {...}}} so that it is never mistaken for a tag.
 *
 * <p>Thread-safe.
 */
public final class ValueCodec {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  private ValueCodec() {}

  /**
   * @param variables expression values (other Java values are normalized first, see {@link
   *     Values#normalize})
   * @throws IllegalArgumentException when a value cannot be stored, such as a secret
   */
  public static String encode(Map<String, ?> variables) {
    ObjectNode root = NODES.objectNode();
    for (Map.Entry<String, ?> e : variables.entrySet()) {
      root.set(e.getKey(), write(Values.normalize(e.getValue())));
    }
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write variables as JSON", e);
    }
  }

  /**
   * Reads what {@link #encode} wrote.
   *
   * @return a mutable map in the order written
   * @throws IllegalArgumentException when the text is not JSON written by this codec
   */
  public static Map<String, Object> decode(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "stored variables are not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("stored variables must be a JSON object");
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : root.properties()) {
      try {
        out.put(e.getKey(), read(e.getValue()));
      } catch (DateTimeException | NumberFormatException | NullPointerException bad) {
        throw new IllegalArgumentException(
            "stored variable '" + e.getKey() + "' is damaged: " + bad.getMessage(), bad);
      }
    }
    return out;
  }

  private static JsonNode write(Object v) {
    if (v == null) {
      return NODES.nullNode();
    } else if (v instanceof String) {
      return NODES.textNode((String) v);
    } else if (v instanceof Boolean) {
      return NODES.booleanNode((Boolean) v);
    } else if (v instanceof Long) {
      return NODES.numberNode((Long) v);
    } else if (v instanceof BigDecimal) {
      BigDecimal d = (BigDecimal) v;
      // A decimal without a fraction would read back as a whole number, so it is tagged.
      return d.scale() > 0 ? DecimalNode.valueOf(d) : tag("$decimal", NODES.textNode(d.toString()));
    } else if (v instanceof LocalDate) {
      return tag("$date", NODES.textNode(v.toString()));
    } else if (v instanceof Instant) {
      return tag("$instant", NODES.textNode(v.toString()));
    } else if (v instanceof Duration) {
      return tag("$duration", NODES.textNode(v.toString()));
    } else if (v instanceof DocumentRef) {
      DocumentRef d = (DocumentRef) v;
      ObjectNode doc = NODES.objectNode();
      doc.put("path", d.path().toString());
      doc.put("name", d.name());
      doc.put("mediaType", d.mediaType());
      doc.put("size", d.size());
      doc.put("sha256", d.sha256());
      return tag("$document", doc);
    } else if (v instanceof List) {
      ArrayNode array = NODES.arrayNode();
      for (Object item : (List<?>) v) {
        array.add(write(item));
      }
      return array;
    }
    Map<?, ?> map = (Map<?, ?>) v;
    ObjectNode object = NODES.objectNode();
    boolean dollar = false;
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String key = String.valueOf(e.getKey());
      dollar |= key.startsWith("$");
      object.set(key, write(e.getValue()));
    }
    return dollar ? tag("$map", object) : object;
  }

  private static ObjectNode tag(String tag, JsonNode value) {
    ObjectNode node = NODES.objectNode();
    node.set(tag, value);
    return node;
  }

  private static Object read(JsonNode node) {
    if (node.isNull()) {
      return null;
    } else if (node.isTextual()) {
      return node.textValue();
    } else if (node.isBoolean()) {
      return node.booleanValue();
    } else if (node.isIntegralNumber()) {
      if (!node.canConvertToLong()) {
        throw new IllegalArgumentException("stored whole number too large: " + node);
      }
      return node.longValue();
    } else if (node.isNumber()) {
      return node.decimalValue();
    } else if (node.isArray()) {
      List<Object> list = new ArrayList<>(node.size());
      node.forEach(item -> list.add(read(item)));
      return list;
    }
    if (node.size() == 1) {
      String tag = node.fieldNames().next();
      JsonNode value = node.get(tag);
      switch (tag) {
        case "$decimal":
          return new BigDecimal(value.asText());
        case "$date":
          return LocalDate.parse(value.asText());
        case "$instant":
          return Instant.parse(value.asText());
        case "$duration":
          return Duration.parse(value.asText());
        case "$document":
          return new DocumentRef(
              Path.of(value.path("path").asText()),
              value.path("name").asText(),
              value.path("mediaType").asText(),
              value.path("size").asLong(),
              value.path("sha256").asText());
        case "$map":
          return object(value);
        default:
          break;
      }
    }
    return object(node);
  }

  private static Map<String, Object> object(JsonNode node) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      map.put(e.getKey(), read(e.getValue()));
    }
    return map;
  }
}
