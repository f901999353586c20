package dev.ferry.engine.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.ferry.engine.expr.Values;
import dev.ferry.engine.secrets.Redactor;
import dev.ferry.engine.spi.DocumentRef;
import dev.ferry.engine.spi.Param;
import dev.ferry.engine.spi.Secret;
import dev.ferry.engine.spi.SecretRef;
import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes step inputs, outputs and variables as JSON for people to read in the ledger and exports,
 * with sensitive components and every known secret value masked.
 */
final class LedgerJson {
  private static final ObjectMapper JSON =
      new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private final Redactor redactor;

  LedgerJson(Redactor redactor) {
    this.redactor = redactor;
  }

  /** A record (an action's input or output) as redacted JSON. */
  String ofRecord(Record record) {
    return write(describe(record));
  }

  /** Variables as redacted JSON, masking the named sensitive ones. */
  String ofVariables(Map<String, Object> variables, Set<String> sensitive) {
    Map<String, Object> shown = new LinkedHashMap<>();
    variables.forEach(
        (name, value) ->
            shown.put(name, sensitive.contains(name) ? Redactor.MASK : describe(value)));
    return write(shown);
  }

  private String write(Object value) {
    try {
      return redactor.redact(JSON.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      return "\"<cannot show: " + e.getOriginalMessage() + ">\"";
    }
  }

  private Object describe(Object value) {
    if (value == null || value instanceof String || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Number || value instanceof Enum<?>) {
      return value instanceof Enum<?> ? value.toString() : value;
    }
    if (value instanceof Secret) {
      return Redactor.MASK;
    }
    if (value instanceof SecretRef ref) {
      return ref.toString();
    }
    if (value instanceof DocumentRef doc) {
      Map<String, Object> shown = new LinkedHashMap<>();
      shown.put("document", doc.name());
      shown.put("mediaType", doc.mediaType());
      shown.put("size", doc.size());
      shown.put("sha256", doc.sha256());
      return shown;
    }
    if (value instanceof byte[] bytes) {
      return "<" + bytes.length + " bytes>";
    }
    if (value instanceof Record record) {
      Map<String, Object> shown = new LinkedHashMap<>();
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        Param param = component.getAnnotation(Param.class);
        Object componentValue = read(component, record);
        shown.put(
            component.getName(),
            param != null && param.sensitive() && componentValue != null
                ? Redactor.MASK
                : describe(componentValue));
      }
      return shown;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> shown = new LinkedHashMap<>();
      map.forEach((k, v) -> shown.put(String.valueOf(k), describe(v)));
      return shown;
    }
    if (value instanceof Collection<?> items) {
      return items.stream().map(item -> describe(item)).toList();
    }
    if (value instanceof TemporalAccessor || value instanceof java.time.Duration) {
      return Values.toText(value);
    }
    return List.of("<" + value.getClass().getSimpleName() + ">");
  }

  private static Object read(RecordComponent component, Record record) {
    try {
      var accessor = component.getAccessor();
      accessor.setAccessible(true);
      return accessor.invoke(record);
    } catch (ReflectiveOperationException e) {
      return "<unreadable>";
    }
  }
}
