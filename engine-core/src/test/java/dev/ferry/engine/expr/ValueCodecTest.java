package dev.ferry.engine.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.engine.spi.DocumentRef;
import dev.ferry.engine.spi.Secret;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValueCodecTest {

  @Test
  void everyKindOfValueSurvivesARoundTripExactly() {
    Map<String, Object> vars = new LinkedHashMap<>();
    vars.put("count", 42L);
    vars.put("total", new BigDecimal("12.50"));
    vars.put("whole", new BigDecimal("100"));
    vars.put("big", new BigDecimal("1E+3"));
    vars.put("tiny", new BigDecimal("0.0000000001"));
    vars.put("text", "héllo \"world\"");
    vars.put("flag", true);
    vars.put("nothing", null);
    vars.put("due", LocalDate.of(2024, 5, 1));
    vars.put("at", Instant.parse("2024-05-01T10:15:30.123456789Z"));
    vars.put("wait", Duration.ofMillis(1500));
    vars.put(
        "doc", new DocumentRef(Path.of("/data/in/a.pdf"), "a.pdf", "application/pdf", 99, "abcd"));
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("lines", List.of(Map.of("qty", 2L, "price", new BigDecimal("3.10")), List.of()));
    nested.put("$date", "not a tag");
    vars.put("nested", nested);

    Map<String, Object> back = ValueCodec.decode(ValueCodec.encode(vars));

    assertThat(back).isEqualTo(vars);
    assertThat(back.get("count")).isInstanceOf(Long.class);
    assertThat(((BigDecimal) back.get("total")).scale()).isEqualTo(2);
    assertThat(((BigDecimal) back.get("whole")).scale()).isZero();
    assertThat(((BigDecimal) back.get("big")).scale()).isEqualTo(-3);
    assertThat(new java.util.ArrayList<>(back.keySet())).containsExactlyElementsOf(vars.keySet());
  }

  @Test
  void theJsonIsReadableAndTagged() {
    Map<String, Object> vars = new LinkedHashMap<>();
    vars.put("total", new BigDecimal("12.50"));
    vars.put("due", LocalDate.of(2024, 5, 1));
    assertThat(ValueCodec.encode(vars))
        .isEqualTo("{\"total\":12.50,\"due\":{\"$date\":\"2024-05-01\"}}");
  }

  @Test
  void javaValuesAreNormalizedAndSecretsRefused() {
    assertThat(ValueCodec.decode(ValueCodec.encode(Map.of("n", 5)))).isEqualTo(Map.of("n", 5L));
    assertThatThrownBy(() -> ValueCodec.encode(Map.of("p", new Secret("pw"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("pw");
  }

  @Test
  void badStoredTextIsAClearError() {
    assertThatThrownBy(() -> ValueCodec.decode("[1]"))
        .hasMessageContaining("must be a JSON object");
    assertThatThrownBy(() -> ValueCodec.decode("{")).hasMessageContaining("not valid JSON");
    assertThatThrownBy(() -> ValueCodec.decode("{\"due\": {\"$date\": \"31/01/2024\"}}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("stored variable 'due' is damaged");
    assertThatThrownBy(() -> ValueCodec.decode("{\"n\": {\"$decimal\": \"x\"}}"))
        .hasMessageContaining("stored variable 'n' is damaged");
  }
}
