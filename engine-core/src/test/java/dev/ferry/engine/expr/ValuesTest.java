package dev.ferry.engine.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.engine.spi.DocumentRef;
import dev.ferry.engine.spi.Secret;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValuesTest {
  enum Status {
    IN_REVIEW
  }

  record Vendor(String id, Status status) {}

  record Invoice(String number, BigDecimal total, int lines, Vendor vendor, List<Double> rates) {}

  @Test
  void recordsBecomeMapsRecursively() {
    Object v =
        Values.normalize(
            new Invoice(
                "INV-1",
                new BigDecimal("9.90"),
                3,
                new Vendor("V7", Status.IN_REVIEW),
                List.of(0.2)));
    assertThat(v)
        .isEqualTo(
            Map.of(
                "number",
                "INV-1",
                "total",
                new BigDecimal("9.90"),
                "lines",
                3L,
                "vendor",
                Map.of("id", "V7", "status", "in-review"),
                "rates",
                List.of(new BigDecimal("0.2"))));
    assertThat(v).isInstanceOf(LinkedHashMap.class);
    assertThat(new java.util.ArrayList<Object>(((Map<?, ?>) v).keySet()))
        .containsExactly("number", "total", "lines", "vendor", "rates");
  }

  @Test
  void javaNumbersBecomeLongsOrDecimals() {
    assertThat(Values.normalize(5)).isEqualTo(5L);
    assertThat(Values.normalize((short) 5)).isEqualTo(5L);
    assertThat(Values.normalize((byte) 5)).isEqualTo(5L);
    assertThat(Values.normalize(0.1)).isEqualTo(new BigDecimal("0.1"));
    assertThat(Values.normalize(0.1f)).isEqualTo(new BigDecimal("0.1"));
    assertThat(Values.normalize(BigInteger.TEN)).isEqualTo(10L);
    assertThat(Values.normalize(BigInteger.TEN.pow(30)))
        .isEqualTo(new BigDecimal(BigInteger.TEN.pow(30)));
    assertThatThrownBy(() -> Values.normalize(Double.NaN)).hasMessageContaining("no decimal form");
  }

  @Test
  void otherJavaValuesBecomeTheirExpressionForm() {
    assertThat(Values.normalize(new StringBuilder("sb"))).isEqualTo("sb");
    assertThat(Values.normalize(Optional.of(1))).isEqualTo(1L);
    assertThat(Values.normalize(Optional.empty())).isNull();
    assertThat(Values.normalize(new int[] {1, 2})).isEqualTo(List.of(1L, 2L));
    assertThat(Values.normalize(Set.of("a"))).isEqualTo(List.of("a"));
    assertThat(Values.normalize(Map.of(1, "x"))).isEqualTo(Map.of("1", "x"));
    assertThat(Values.normalize(OffsetDateTime.of(2024, 5, 1, 12, 0, 0, 0, ZoneOffset.ofHours(2))))
        .isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
    assertThat(Values.normalize(LocalDateTime.of(2024, 5, 1, 12, 0)))
        .isEqualTo(Instant.parse("2024-05-01T12:00:00Z"));
    assertThat(Values.normalize(OffsetDateTime.parse("2024-05-01T12:00:00Z").toZonedDateTime()))
        .isEqualTo(Instant.parse("2024-05-01T12:00:00Z"));
  }

  @Test
  void secretsAndUnknownTypesAreRefused() {
    assertThatThrownBy(() -> Values.normalize(new Secret("hunter2")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("secret")
        .hasMessageNotContaining("hunter2");
    assertThatThrownBy(() -> Values.normalize(Map.of("p", new Secret("hunter2"))))
        .hasMessageNotContaining("hunter2");
    assertThatThrownBy(() -> Values.normalize(new byte[] {1, 2}))
        .hasMessageContaining("binary content");
    assertThatThrownBy(() -> Values.normalize(Path.of("/etc/passwd")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Values.normalize(new Object()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.Object");
  }

  @Test
  void aValueThatContainsItselfIsRefused() {
    List<Object> loop = new java.util.ArrayList<>();
    loop.add(loop);
    assertThatThrownBy(() -> Values.normalize(loop)).hasMessageContaining("nested more than 100");
  }

  @Test
  void textFormsAreIsoAndPlain() {
    assertThat(Values.toText(null)).isEmpty();
    assertThat(Values.toText(new BigDecimal("1E+3"))).isEqualTo("1000");
    assertThat(Values.toText(new BigDecimal("12.50"))).isEqualTo("12.50");
    assertThat(Values.toText(LocalDate.of(2024, 5, 1))).isEqualTo("2024-05-01");
    assertThat(Values.toText(Instant.parse("2024-05-01T10:00:00Z")))
        .isEqualTo("2024-05-01T10:00:00Z");
    assertThat(Values.toText(Duration.ofSeconds(30))).isEqualTo("PT30S");
    assertThat(Values.toText(true)).isEqualTo("true");
    assertThat(Values.toText(new DocumentRef(Path.of("/x"), "a.pdf", "application/pdf", 1, "00")))
        .isEqualTo("a.pdf");
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("a", List.of(1L, "x\"y", new BigDecimal("2.50")));
    m.put("b", null);
    assertThat(Values.toText(m)).isEqualTo("{\"a\": [1, \"x\\\"y\", 2.50], \"b\": null}");
  }

  @Test
  void namesConvertBetweenCamelAndKebabCase() {
    assertThat(Names.kebab("maxRows")).isEqualTo("max-rows");
    assertThat(Names.kebab("url")).isEqualTo("url");
    assertThat(Names.kebab("sha256")).isEqualTo("sha256");
    assertThat(Names.kebab("pdfURLPath")).isEqualTo("pdf-url-path");
    assertThat(Names.kebab("mediaType")).isEqualTo("media-type");
    assertThat(Names.camel("max-rows")).isEqualTo("maxRows");
    assertThat(Names.camel("max_rows")).isEqualTo("maxRows");
    assertThat(Names.camel(Names.kebab("maxSessionsPerHost"))).isEqualTo("maxSessionsPerHost");
    assertThat(Names.constant(Status.IN_REVIEW)).isEqualTo("in-review");
  }
}
