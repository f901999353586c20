package dev.ferry.definition.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferry.engine.ConnectorRegistry;
import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.Connector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds the JSON Schema tree of the process language for the connectors of a registry. */
public final class LanguageSchema {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final String KEBAB = "^[a-z][a-z0-9]*(-[a-z0-9]+)*$";
  private static final String VARIABLE = "^[A-Za-z_][A-Za-z0-9_]*$";

  private final ConnectorRegistry registry;

  public LanguageSchema(ConnectorRegistry registry) {
    this.registry = registry;
  }

  public ObjectNode build(String id) {
    ObjectNode root = JSON.objectNode();
    root.put("$schema", "http://json-schema.org/draft-07/schema#");
    root.put("$id", id);
    root.put("title", "Ferry process definition");
    root.put("type", "object");
    root.set("required", strings(List.of("process", "version", "steps")));
    root.put("additionalProperties", false);
    ObjectNode props = properties(root, LanguageDocs.TOP);
    props.withObjectProperty("process").put("type", "string").put("pattern", KEBAB);
    props.withObjectProperty("version").put("type", "integer").put("minimum", 1);
    props.withObjectProperty("description").put("type", "string");
    ObjectNode inputs = props.withObjectProperty("inputs").put("type", "object");
    inputs.putObject("propertyNames").put("pattern", VARIABLE);
    ArrayNode inputForms = inputs.putObject("additionalProperties").putArray("oneOf");
    inputForms.addObject().put("$ref", "#/definitions/value-type");
    inputForms.addObject().put("$ref", "#/definitions/input");
    props.withObjectProperty("applications").put("type", "object");
    props
        .withObjectProperty("applications")
        .putObject("additionalProperties")
        .put("$ref", "#/definitions/application");
    props.withObjectProperty("steps").put("$ref", "#/definitions/steps");
    props.withObjectProperty("trigger").put("$ref", "#/definitions/trigger");
    props.withObjectProperty("priority").put("type", "integer").put("minimum", 0).put("default", 0);
    props.withObjectProperty("deadline").put("$ref", "#/definitions/duration");
    props.withObjectProperty("on-failure").put("$ref", "#/definitions/on-failure");
    root.set("definitions", definitions());
    return root;
  }

  private ObjectNode definitions() {
    ObjectNode defs = JSON.objectNode();
    defs.putObject("expression")
        .put("type", "string")
        .put("pattern", "\\$\\{")
        .put("description", "A ${...} expression, evaluated when the step runs.");
    defs.putObject("duration")
        .put("type", "string")
        .put("pattern", "^((\\d+(ms|s|m|h|d))+|P.+)$")
        .put("description", DurationText.FORMAT);
    defs.putObject("value-type").set("enum", strings(InputsReader.typeNames()));
    ObjectNode input = object(LanguageDocs.INPUT);
    input.set("required", strings(List.of("type")));
    input
        .withObjectProperty("properties")
        .withObjectProperty("type")
        .put("$ref", "#/definitions/value-type");
    input.withObjectProperty("properties").withObjectProperty("required").put("type", "boolean");
    input.withObjectProperty("properties").withObjectProperty("sensitive").put("type", "boolean");
    input.withObjectProperty("properties").withObjectProperty("description").put("type", "string");
    defs.set("input", input);
    ObjectNode retry = object(LanguageDocs.RETRY);
    retry
        .withObjectProperty("properties")
        .withObjectProperty("attempts")
        .put("type", "integer")
        .put("minimum", 1);
    retry
        .withObjectProperty("properties")
        .withObjectProperty("backoff")
        .put("$ref", "#/definitions/duration");
    retry
        .withObjectProperty("properties")
        .withObjectProperty("max-backoff")
        .put("$ref", "#/definitions/duration");
    defs.set("retry", retry);
    defs.set("application", application());
    defs.putObject("steps")
        .put("type", "array")
        .putObject("items")
        .put("$ref", "#/definitions/step");
    defs.set("step", step());
    defs.set("trigger", trigger());
    ObjectNode onFailure = object(LanguageDocs.ON_FAILURE);
    onFailure
        .withObjectProperty("properties")
        .withObjectProperty("business")
        .put("$ref", "#/definitions/steps");
    ObjectNode system = onFailure.withObjectProperty("properties").withObjectProperty("system");
    system.setAll(object(LanguageDocs.SYSTEM_HANDLER));
    system
        .withObjectProperty("properties")
        .withObjectProperty("retry")
        .put("$ref", "#/definitions/retry");
    system
        .withObjectProperty("properties")
        .withObjectProperty("steps")
        .put("$ref", "#/definitions/steps");
    defs.set("on-failure", onFailure);
    return defs;
  }

  private ObjectNode application() {
    ObjectNode app = JSON.objectNode().put("type", "object");
    app.set("required", strings(List.of("connector")));
    ObjectNode props = properties(app, LanguageDocs.APPLICATION);
    List<Connector<?>> connectors = sortedConnectors();
    props
        .withObjectProperty("connector")
        .set("enum", strings(connectors.stream().map(Connector::id).toList()));
    props.withObjectProperty("credentials").put("type", "string");
    props.withObjectProperty("max-sessions").put("type", "integer").put("minimum", 1);
    props
        .withObjectProperty("rate-limit")
        .put("type", "string")
        .put("pattern", "^\\d+\\s*/\\s*\\S+$");
    props.withObjectProperty("retry").put("$ref", "#/definitions/retry");
    ArrayNode all = app.putArray("allOf");
    for (Connector<?> connector : connectors) {
      ObjectNode rule = all.addObject();
      rule.putObject("if")
          .putObject("properties")
          .putObject("connector")
          .put("const", connector.id());
      rule.set("then", TypeSchemas.record(connector.configType(), ApplicationsReader.ENGINE_KEYS));
    }
    return app;
  }

  private ObjectNode step() {
    ObjectNode step = JSON.objectNode().put("type", "object");
    step.put("additionalProperties", false);
    ObjectNode props = properties(step, LanguageDocs.STEP);
    props.withObjectProperty("id").put("type", "string");
    props.withObjectProperty("if").put("type", "string");
    props.withObjectProperty("app").put("type", "string");
    props.withObjectProperty("with").put("type", "object");
    props.withObjectProperty("save-as").put("type", "string").put("pattern", VARIABLE);
    props.withObjectProperty("for-each").put("type", "string");
    props.withObjectProperty("as").put("type", "string").put("pattern", VARIABLE);
    props.withObjectProperty("steps").put("$ref", "#/definitions/steps");
    ArrayNode callForms = props.withObjectProperty("call").putArray("anyOf");
    callForms.addObject().put("type", "string").put("pattern", KEBAB);
    callForms.add(object(LanguageDocs.CALL));
    ObjectNode fail = props.withObjectProperty("fail");
    fail.setAll(object(LanguageDocs.FAIL));
    fail.set("required", strings(List.of("code", "message")));
    fail.withObjectProperty("properties")
        .withObjectProperty("kind")
        .set("enum", strings(List.of("business", "system")));
    fail.withObjectProperty("properties")
        .withObjectProperty("code")
        .put("type", "string")
        .put("pattern", "^[A-Z][A-Z0-9_]*$");
    fail.withObjectProperty("properties").withObjectProperty("message").put("type", "string");
    props.withObjectProperty("retry").put("$ref", "#/definitions/retry");
    props.withObjectProperty("timeout").put("$ref", "#/definitions/duration");
    props.withObjectProperty("idempotent").put("type", "boolean");
    props.withObjectProperty("verify").put("type", "object");
    props.withObjectProperty("expect").put("type", "object");
    Map<String, List<Action<?, ?>>> actions = actionsByName();
    props
        .withObjectProperty("action")
        .put("type", "string")
        .set("enum", strings(List.copyOf(actions.keySet())));
    ArrayNode all = step.putArray("allOf");
    actions.forEach((name, offered) -> all.add(actionRule(name, offered)));
    return step;
  }

  private ObjectNode actionRule(String name, List<Action<?, ?>> offered) {
    ObjectNode rule = JSON.objectNode();
    ObjectNode condition = rule.putObject("if");
    condition.putObject("properties").putObject("action").put("const", name);
    condition.set("required", strings(List.of("action")));
    ObjectNode with = JSON.objectNode();
    boolean needsWith = false;
    if (offered.size() == 1) {
      with = TypeSchemas.record(offered.get(0).inputType(), List.of());
      needsWith = with.has("required");
    } else {
      ArrayNode forms = with.putArray("anyOf");
      for (Action<?, ?> action : offered) {
        forms.add(TypeSchemas.record(action.inputType(), List.of()));
      }
    }
    with.put("description", offered.get(0).description());
    ObjectNode then = rule.putObject("then");
    then.putObject("properties").set("with", with);
    if (needsWith) {
      then.set("required", strings(List.of("with")));
    }
    return rule;
  }

  private ObjectNode trigger() {
    ObjectNode trigger = object(LanguageDocs.TRIGGER);
    trigger.put("minProperties", 1).put("maxProperties", 1);
    ObjectNode props = trigger.withObjectProperty("properties");
    props.withObjectProperty("mailbox").setAll(object(LanguageDocs.MAILBOX));
    props.withObjectProperty("mailbox").set("required", strings(List.of("account")));
    props.withObjectProperty("folder").setAll(object(LanguageDocs.FOLDER));
    props.withObjectProperty("folder").set("required", strings(List.of("path")));
    props
        .withObjectProperty("folder")
        .withObjectProperty("properties")
        .withObjectProperty("settle")
        .put("$ref", "#/definitions/duration");
    props.withObjectProperty("schedule").setAll(object(LanguageDocs.SCHEDULE));
    props.withObjectProperty("schedule").set("required", strings(List.of("cron")));
    props
        .withObjectProperty("schedule")
        .withObjectProperty("properties")
        .withObjectProperty("misfire")
        .set("enum", strings(TriggerReader.MISFIRE));
    return trigger;
  }

  private List<Connector<?>> sortedConnectors() {
    List<Connector<?>> connectors = new ArrayList<>(registry.connectors());
    connectors.sort(Comparator.comparing(Connector::id));
    return connectors;
  }

  private Map<String, List<Action<?, ?>>> actionsByName() {
    Map<String, List<Action<?, ?>>> byName = new TreeMap<>();
    for (Connector<?> connector : sortedConnectors()) {
      for (Action<?, ?> action : connector.actions()) {
        List<Action<?, ?>> same = byName.computeIfAbsent(action.name(), n -> new ArrayList<>());
        if (same.stream().noneMatch(a -> a.inputType() == action.inputType())) {
          same.add(action);
        }
      }
    }
    return byName;
  }

  /** An object schema whose properties are the documented keys, closed to any other key. */
  private static ObjectNode object(Map<String, String> docs) {
    ObjectNode schema = JSON.objectNode().put("type", "object");
    properties(schema, docs);
    schema.put("additionalProperties", false);
    return schema;
  }

  private static ObjectNode properties(ObjectNode schema, Map<String, String> docs) {
    ObjectNode props = schema.putObject("properties");
    new LinkedHashMap<>(docs).forEach((key, help) -> props.putObject(key).put("description", help));
    return props;
  }

  private static ArrayNode strings(List<String> values) {
    ArrayNode array = JSON.arrayNode();
    values.forEach(array::add);
    return array;
  }
}
