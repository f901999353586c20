package dev.ferry.definition;

import static dev.ferry.definition.Loading.definition;
import static dev.ferry.definition.Loading.load;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.engine.model.Step;
import dev.ferry.engine.model.ValueTemplate;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Values are read from their YAML text: decimals are exact, quoted text stays text. */
class ScalarReadingTest {

  private static Map<String, ValueTemplate> variables(String values) {
    Step.ActionStep set =
        (Step.ActionStep)
            load(definition(
                    "steps:\n  - action: set\n    with:\n      variables: " + values + "\n"))
                .steps()
                .get(0);
    return ((ValueTemplate.MapOf) set.input().arguments().get("variables")).entries();
  }

  private static Object literal(Map<String, ValueTemplate> values, String name) {
    return ((ValueTemplate.Literal) values.get(name)).value();
  }

  @Test
  void readsDecimalsAsBigDecimalsKeepingTheirScaleNeverAsDoubles() {
    Map<String, ValueTemplate> values = variables("{ price: 12.50, tiny: 0.1, big: 1e3 }");

    assertThat(literal(values, "price")).isEqualTo(new BigDecimal("12.50"));
    assertThat(literal(values, "tiny")).isEqualTo(new BigDecimal("0.1"));
    assertThat(literal(values, "big")).isEqualTo(new BigDecimal("1e3"));
  }

  @Test
  void readsWholeNumbersAsLongsAndHugeOnesAsDecimals() {
    Map<String, ValueTemplate> values =
        variables("{ n: 3, neg: -7, huge: 123456789012345678901234567890 }");

    assertThat(literal(values, "n")).isEqualTo(3L);
    assertThat(literal(values, "neg")).isEqualTo(-7L);
    assertThat(literal(values, "huge")).isEqualTo(new BigDecimal("123456789012345678901234567890"));
  }

  @Test
  void keepsQuotedValuesAndYaml11LookalikesAsText() {
    Map<String, ValueTemplate> values =
        variables(
            "{ quoted: \"3\", single: '12.50', country: NO, answer: yes, hex: 0x1F, flag: \"true\" }");

    assertThat(literal(values, "quoted")).isEqualTo("3");
    assertThat(literal(values, "single")).isEqualTo("12.50");
    assertThat(literal(values, "country")).isEqualTo("NO");
    assertThat(literal(values, "answer")).isEqualTo("yes");
    assertThat(literal(values, "hex")).isEqualTo("0x1F");
    assertThat(literal(values, "flag")).isEqualTo("true");
  }

  @Test
  void readsBooleansAndNulls() {
    Map<String, ValueTemplate> values = variables("{ t: true, f: FALSE, n1: ~, n2: null, n3: }");

    assertThat(literal(values, "t")).isEqualTo(true);
    assertThat(literal(values, "f")).isEqualTo(false);
    assertThat(literal(values, "n1")).isNull();
    assertThat(literal(values, "n2")).isNull();
    assertThat(literal(values, "n3")).isNull();
  }

  @Test
  void turnsStringsWithExpressionsIntoTemplatesButNotEscapedOnes() {
    Map<String, ValueTemplate> values =
        variables("{ greeting: \"Hello ${trigger.from}\", literal: \"costs $${price}\" }");

    assertThat(values.get("greeting")).isInstanceOf(ValueTemplate.Interpolated.class);
    assertThat(literal(values, "literal")).isEqualTo("costs ${price}");
  }
}
