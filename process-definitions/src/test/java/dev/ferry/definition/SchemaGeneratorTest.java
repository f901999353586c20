package dev.ferry.definition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SchemaGeneratorTest {
  private final SchemaGenerator generator = new SchemaGenerator(TestConnectors.registry());

  private JsonNode schema() throws Exception {
    return new ObjectMapper().readTree(generator.generate());
  }

  private static JsonNode ruleFor(JsonNode rules, String property, String value) {
    for (JsonNode rule : rules) {
      if (value.equals(rule.at("/if/properties/" + property + "/const").asText())) {
        return rule;
      }
    }
    throw new AssertionError("no if/then rule for " + property + " = " + value);
  }

  @Test
  void generatesDraft07JsonWithTheTopLevelKeysAndTheirHelp() throws Exception {
    JsonNode schema = schema();

    assertThat(schema.get("$schema").asText()).isEqualTo("http://json-schema.org/draft-07/schema#");
    assertThat(schema.get("additionalProperties").asBoolean()).isFalse();
    assertThat(schema.at("/properties/steps/description").asText())
        .isEqualTo("The steps to run, in order.");
    assertThat(schema.at("/required").toString()).isEqualTo("[\"process\",\"version\",\"steps\"]");
    assertThat(schema.at("/definitions/step/properties/action/enum").toString())
        .contains("\"ledger.post\"", "\"terminal.fill\"", "\"mail.send\"");
  }

  @Test
  void describesEachActionsWithKeysThroughAnIfThenRule() throws Exception {
    JsonNode rule = ruleFor(schema().at("/definitions/step/allOf"), "action", "ledger.post");
    JsonNode with = rule.at("/then/properties/with");

    assertThat(with.at("/properties/amount/description").asText()).isEqualTo("The amount, exact.");
    assertThat(with.at("/properties/copies/default").asLong()).isEqualTo(1);
    assertThat(with.at("/required").toString()).isEqualTo("[\"amount\",\"date\"]");
    assertThat(with.at("/additionalProperties").asBoolean(true)).isFalse();
    assertThat(rule.at("/then/required").toString()).isEqualTo("[\"with\"]");
  }

  @Test
  void writesEnumsInKebabCaseAndAllowsExpressionsForTypedValues() throws Exception {
    JsonNode with =
        ruleFor(schema().at("/definitions/step/allOf"), "action", "terminal.fill")
            .at("/then/properties/with");

    assertThat(with.at("/properties/key/anyOf/0/enum").toString())
        .isEqualTo("[\"enter\",\"f3\",\"page-down\"]");
    assertThat(with.at("/properties/key/anyOf/1/$ref").asText())
        .isEqualTo("#/definitions/expression");
  }

  @Test
  void bindsApplicationSettingsToTheConnectorsConfig() throws Exception {
    JsonNode then =
        ruleFor(schema().at("/definitions/application/allOf"), "connector", "mail").get("then");

    assertThat(then.at("/required").toString()).isEqualTo("[\"host\",\"from\"]");
    assertThat(then.at("/properties/port/default").asInt()).isEqualTo(25);
    assertThat(then.at("/properties").has("max-sessions")).isTrue();
  }

  @Test
  void producesTheSameTextEveryTime() {
    assertThat(generator.generate())
        .isEqualTo(new SchemaGenerator(TestConnectors.registry()).generate());
  }

  @Test
  void generatesAMarkdownReferenceOfTheLanguageAndEveryAction() {
    String reference = new ReferenceGenerator(TestConnectors.registry()).generate();

    assertThat(reference)
        .contains("| `save-as` | The variable that stores the action's output")
        .contains("### Connector `mail`")
        .contains("| `port` | integer | no (default `25`) | The SMTP port. |")
        .contains("#### `terminal.fill`")
        .contains(
            "| `key` | one of enter, f3, page-down | no (default `enter`) | The key to press. |")
        .contains(
            "Output (with `save-as: x`, read as `x.<name>`): `status` (integer), `body` (text)");
  }
}
