package dev.ferry.definition.internal;

import dev.ferry.engine.model.InputSpec;
import dev.ferry.engine.model.ValueType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads {@code inputs:}: {@code name: decimal} or {@code name: {type, required, default, ...}}. */
public final class InputsReader {
  public static final List<String> KEYS = LanguageDocs.keys(LanguageDocs.INPUT);

  private final Problems problems;

  public InputsReader(Problems problems) {
    this.problems = problems;
  }

  public static List<String> typeNames() {
    return Arrays.stream(ValueType.values()).map(t -> t.name().toLowerCase(Locale.ROOT)).toList();
  }

  public List<InputSpec> read(Node node) {
    List<InputSpec> inputs = new ArrayList<>();
    Fields fields = Fields.of(node, "inputs:", problems);
    for (String name : fields.keys()) {
      Node keyNode = fields.keyNode(name);
      if (!Identifiers.variable(name, keyNode, "input name", problems)) {
        continue;
      }
      InputSpec spec = read(name, keyNode, fields.value(name));
      if (spec != null) {
        inputs.add(spec);
      }
    }
    return inputs;
  }

  private InputSpec read(String name, Node keyNode, Node value) {
    String what = "input '" + name + "'";
    if (value instanceof ScalarNode) {
      ValueType type = type(value, what);
      return type == null
          ? null
          : new InputSpec(name, type, true, null, false, null, problems.at(keyNode));
    }
    Fields fields = Fields.of(value, what, problems);
    fields.rejectUnknown(KEYS, what);
    if (!fields.has("type")) {
      problems.add(keyNode, what + " needs a type: one of " + String.join(", ", typeNames()));
      return null;
    }
    ValueType type = type(fields.value("type"), what);
    Object defaultValue = null;
    if (fields.has("default") && type != null) {
      defaultValue = defaultValue(fields.value("default"), type, what);
    }
    Boolean required =
        fields.has("required")
            ? Scalars.bool(fields.value("required"), "'required' of " + what, problems)
            : Boolean.valueOf(!fields.has("default"));
    Boolean sensitive =
        fields.has("sensitive")
            ? Scalars.bool(fields.value("sensitive"), "'sensitive' of " + what, problems)
            : Boolean.FALSE;
    String description =
        fields.has("description")
            ? Scalars.text(fields.value("description"), "'description' of " + what, problems)
            : null;
    if (type == null || required == null || sensitive == null) {
      return null;
    }
    return new InputSpec(
        name, type, required, defaultValue, sensitive, description, problems.at(keyNode));
  }

  private ValueType type(Node node, String what) {
    String text = Scalars.text(node, "the type of " + what, problems);
    if (text == null) {
      return null;
    }
    for (ValueType type : ValueType.values()) {
      if (type.name().equalsIgnoreCase(text.trim())) {
        return type;
      }
    }
    problems.add(
        node,
        "unknown type '"
            + text
            + "' for "
            + what
            + Suggestions.hint(text, typeNames())
            + " (the types are "
            + String.join(", ", typeNames())
            + ")");
    return null;
  }

  private Object defaultValue(Node node, ValueType type, String what) {
    String where = "the default of " + what;
    switch (type) {
      case LIST:
        return node instanceof SequenceNode ? PlainData.of(node) : mismatch(node, where, "a list");
      case MAP:
        return node instanceof MappingNode ? PlainData.of(node) : mismatch(node, where, "a map");
      case ANY:
        return PlainData.of(node);
      case DOCUMENT:
        problems.add(node, where + " cannot be given: documents come from a trigger or a step");
        return null;
      default:
        break;
    }
    if (!(node instanceof ScalarNode scalar) || Scalars.isNull(scalar)) {
      return Scalars.isNull(node) ? null : mismatch(node, where, "a single value");
    }
    Object value = Scalars.value(scalar);
    return switch (type) {
      case TEXT -> scalar.getValue();
      case DECIMAL ->
          value instanceof Long n
              ? BigDecimal.valueOf(n)
              : value instanceof BigDecimal
                  ? value
                  : mismatch(node, where, "a decimal such as 12.50");
      case INTEGER -> value instanceof Long ? value : mismatch(node, where, "a whole number");
      case BOOLEAN -> value instanceof Boolean ? value : mismatch(node, where, "true or false");
      case DATE ->
          parse(node, where, "a date such as 2024-12-31", () -> LocalDate.parse(scalar.getValue()));
      case DATETIME ->
          parse(
              node,
              where,
              "a date and time such as 2024-12-31T17:00:00Z",
              () -> dateTime(scalar.getValue()));
      default -> value;
    };
  }

  private static Object dateTime(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      return LocalDateTime.parse(text);
    }
  }

  private Object parse(
      Node node, String where, String expected, java.util.function.Supplier<Object> parser) {
    try {
      return parser.get();
    } catch (DateTimeParseException e) {
      return mismatch(node, where, expected);
    }
  }

  private Object mismatch(Node node, String where, String expected) {
    problems.add(node, where + " must be " + expected + ", not " + Scalars.kind(node));
    return null;
  }

  static Set<String> names(List<dev.ferry.engine.model.InputSpec> inputs) {
    return inputs.stream().map(InputSpec::name).collect(java.util.stream.Collectors.toSet());
  }
}
