package dev.ferry.engine.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.engine.spi.DocumentRef;
import dev.ferry.engine.spi.Param;
import dev.ferry.engine.spi.SecretRef;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValueConverterTest {
  enum Key {
    ENTER,
    PAGE_DOWN
  }

  record Line(String code, @Param("how many") int quantity) {}

  record Options(
      @Param("the maximum rows") int maxRows,
      @Param(value = "how long to wait", defaultValue = "30s") Duration timeout,
      @Param(value = "a note", optional = true) String note,
      @Param(value = "verbose", optional = true) boolean verbose,
      List<Line> lines,
      @Param(optional = true) Map<String, BigDecimal> prices) {
    Options {
      if (maxRows < 0) {
        throw new IllegalArgumentException("max-rows cannot be negative");
      }
    }
  }

  record Holder(List<Line> lines, Map<String, Integer> counts, List<Object> any) {}

  private static Type genericOf(String component) {
    for (var c : Holder.class.getRecordComponents()) {
      if (c.getName().equals(component)) {
        return c.getGenericType();
      }
    }
    throw new IllegalArgumentException(component);
  }

  @Test
  void textFromTextNumbersBooleansAndDates() {
    assertThat(ValueConverter.convert("abc", String.class)).isEqualTo("abc");
    assertThat(ValueConverter.convert(12L, String.class)).isEqualTo("12");
    assertThat(ValueConverter.convert(new BigDecimal("12.50"), String.class)).isEqualTo("12.50");
    assertThat(ValueConverter.convert(true, String.class)).isEqualTo("true");
    assertThat(ValueConverter.convert(LocalDate.of(2024, 5, 1), String.class))
        .isEqualTo("2024-05-01");
    assertThatThrownBy(() -> ValueConverter.convert(List.of(1L), String.class))
        .isInstanceOf(ConversionException.class)
        .hasMessage("expected text but got a list of 1 item");
  }

  @Test
  void booleansFromTrueFalseYesNo() {
    assertThat(ValueConverter.convert("yes", boolean.class)).isEqualTo(true);
    assertThat(ValueConverter.convert("NO", Boolean.class)).isEqualTo(false);
    assertThat(ValueConverter.convert(true, boolean.class)).isEqualTo(true);
    assertThatThrownBy(() -> ValueConverter.convert("maybe", boolean.class))
        .isInstanceOf(ConversionException.class)
        .hasMessageContaining("expected true, false, yes or no but got 'maybe'");
    assertThatThrownBy(() -> ValueConverter.convert(1L, Boolean.class))
        .hasMessageContaining("expected true or false but got number 1");
  }

  @Test
  void wholeNumbersAreRangeChecked() {
    assertThat(ValueConverter.convert(42L, int.class)).isEqualTo(42);
    assertThat(ValueConverter.convert("42", Integer.class)).isEqualTo(42);
    assertThat(ValueConverter.convert(new BigDecimal("5.00"), long.class)).isEqualTo(5L);
    assertThat(ValueConverter.convert(7, Long.class)).isEqualTo(7L);
    assertThatThrownBy(() -> ValueConverter.convert("abc", int.class))
        .isInstanceOf(ConversionException.class)
        .hasMessage("expected a whole number but got 'abc'");
    assertThatThrownBy(() -> ValueConverter.convert(3_000_000_000L, int.class))
        .hasMessageContaining("out of range");
    assertThatThrownBy(() -> ValueConverter.convert(new BigDecimal("5.5"), long.class))
        .hasMessageContaining("expected a whole number but got number 5.5");
    assertThatThrownBy(() -> ValueConverter.convert("99999999999999999999", long.class))
        .hasMessageContaining("too large");
    assertThatThrownBy(() -> ValueConverter.convert(null, int.class))
        .hasMessageContaining("expected a whole number but got nothing");
    assertThat(ValueConverter.convert(null, Integer.class)).isNull();
  }

  @Test
  void decimalsAreStrict() {
    assertThat(ValueConverter.convert("1234.50", BigDecimal.class))
        .isEqualTo(new BigDecimal("1234.50"));
    assertThat(ValueConverter.convert(12L, BigDecimal.class)).isEqualTo(new BigDecimal("12"));
    assertThat(ValueConverter.convert(0.1, BigDecimal.class)).isEqualTo(new BigDecimal("0.1"));
    assertThatThrownBy(() -> ValueConverter.convert("1,234.50", BigDecimal.class))
        .hasMessageContaining("expected a decimal number such as 1234.50 but got '1,234.50'");
    assertThatThrownBy(() -> ValueConverter.convert("1e5", BigDecimal.class))
        .isInstanceOf(ConversionException.class);
    assertThatThrownBy(() -> ValueConverter.convert(true, BigDecimal.class))
        .hasMessageContaining("expected a decimal number but got true");
  }

  @Test
  void durationsInShortIsoOrSeconds() {
    assertThat(ValueConverter.convert("30s", Duration.class)).isEqualTo(Duration.ofSeconds(30));
    assertThat(ValueConverter.convert("500ms", Duration.class)).isEqualTo(Duration.ofMillis(500));
    assertThat(ValueConverter.convert("5m", Duration.class)).isEqualTo(Duration.ofMinutes(5));
    assertThat(ValueConverter.convert("1h30m", Duration.class)).isEqualTo(Duration.ofMinutes(90));
    assertThat(ValueConverter.convert("2d", Duration.class)).isEqualTo(Duration.ofDays(2));
    assertThat(ValueConverter.convert("PT30S", Duration.class)).isEqualTo(Duration.ofSeconds(30));
    assertThat(ValueConverter.convert(45L, Duration.class)).isEqualTo(Duration.ofSeconds(45));
    assertThat(ValueConverter.convert("45", Duration.class)).isEqualTo(Duration.ofSeconds(45));
    assertThat(ValueConverter.convert(new BigDecimal("0.25"), Duration.class))
        .isEqualTo(Duration.ofMillis(250));
    assertThatThrownBy(() -> ValueConverter.convert("30 seconds", Duration.class))
        .hasMessageContaining("expected a duration such as 30s");
    assertThatThrownBy(() -> ValueConverter.convert("30m1h", Duration.class))
        .hasMessageContaining("largest to smallest");
    assertThatThrownBy(() -> ValueConverter.convert("ms", Duration.class))
        .isInstanceOf(ConversionException.class);
  }

  @Test
  void datesAndInstantsFromIsoText() {
    assertThat(ValueConverter.convert("2024-05-01", LocalDate.class))
        .isEqualTo(LocalDate.of(2024, 5, 1));
    assertThat(ValueConverter.convert("2024-05-01T10:00:00Z", Instant.class))
        .isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
    assertThatThrownBy(() -> ValueConverter.convert("01.05.2024", LocalDate.class))
        .hasMessageContaining("expected a date such as 2024-05-31 but got '01.05.2024'");
    assertThatThrownBy(() -> ValueConverter.convert("2024-05-01", Instant.class))
        .hasMessageContaining("expected a date-time");
  }

  @Test
  void secretsByNameAndDocumentsOnlyFromDocuments() {
    assertThat(ValueConverter.convert("ledger-clerk", SecretRef.class))
        .isEqualTo(new SecretRef("ledger-clerk"));
    assertThatThrownBy(() -> ValueConverter.convert("bad name!", SecretRef.class))
        .isInstanceOf(ConversionException.class)
        .hasMessageContaining("a secret name uses letters");
    DocumentRef doc = new DocumentRef(Path.of("/d/a.pdf"), "a.pdf", "application/pdf", 3, "ff");
    assertThat(ValueConverter.convert(doc, DocumentRef.class)).isSameAs(doc);
    assertThatThrownBy(() -> ValueConverter.convert("/etc/passwd", DocumentRef.class))
        .hasMessageContaining("expected a document");
  }

  @Test
  void enumsIgnoreCaseAndAcceptKebabCase() {
    assertThat(ValueConverter.convert("enter", Key.class)).isEqualTo(Key.ENTER);
    assertThat(ValueConverter.convert("page-down", Key.class)).isEqualTo(Key.PAGE_DOWN);
    assertThat(ValueConverter.convert("PAGE_DOWN", Key.class)).isEqualTo(Key.PAGE_DOWN);
    assertThatThrownBy(() -> ValueConverter.convert("escape", Key.class))
        .hasMessage("expected one of enter, page-down but got 'escape'");
  }

  @Test
  void recordsFromMapsWithDefaultsAndOptionalComponents() {
    Map<String, Object> raw = new LinkedHashMap<>();
    raw.put("max-rows", 10L);
    raw.put("lines", List.of(Map.of("code", "A", "quantity", "2")));
    Options o = ValueConverter.convert(raw, Options.class);
    assertThat(o.maxRows()).isEqualTo(10);
    assertThat(o.timeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(o.note()).isNull();
    assertThat(o.verbose()).isFalse();
    assertThat(o.lines()).containsExactly(new Line("A", 2));
    assertThat(o.prices()).isNull();

    raw.put("maxRows", 5L);
    raw.remove("max-rows");
    raw.put("prices", Map.of("a", "1.50"));
    assertThat(ValueConverter.convert(raw, Options.class).prices())
        .containsEntry("a", new BigDecimal("1.50"));
  }

  @Test
  void recordErrorsNameTheKeyAndWhereItIs() {
    assertThatThrownBy(() -> ValueConverter.convert(Map.of("lines", List.of()), Options.class))
        .hasMessage("'max-rows' is missing (the maximum rows)");
    assertThatThrownBy(
            () -> ValueConverter.convert(Map.of("max-row", 1L, "lines", List.of()), Options.class))
        .hasMessageContaining("unknown key 'max-row'; did you mean 'max-rows'?");
    assertThatThrownBy(
            () ->
                ValueConverter.convert(
                    Map.of("max-rows", 1L, "lines", List.of(Map.of("code", "A", "quantity", "x"))),
                    Options.class))
        .hasMessage("at lines[0].quantity: expected a whole number but got 'x'");
    assertThatThrownBy(
            () ->
                ValueConverter.convert(Map.of("max-rows", -1L, "lines", List.of()), Options.class))
        .hasMessageContaining("not valid: max-rows cannot be negative");
    assertThatThrownBy(() -> ValueConverter.convert("text", Line.class))
        .hasMessageContaining("expected a map with the keys code, quantity");
  }

  @Test
  void listsAndMapsConvertTheirItems() {
    Object lines =
        ValueConverter.convert(List.of(Map.of("code", "A", "quantity", 1L)), genericOf("lines"));
    assertThat(lines).isEqualTo(List.of(new Line("A", 1)));
    assertThat(ValueConverter.convert(Map.of("a", "3"), genericOf("counts")))
        .isEqualTo(Map.of("a", 3));
    assertThat(ValueConverter.convert(List.of(1, "x"), genericOf("any")))
        .isEqualTo(List.of(1L, "x"));
    assertThatThrownBy(() -> ValueConverter.convert("a", genericOf("lines")))
        .hasMessageContaining("expected a list");
    assertThatThrownBy(() -> ValueConverter.convert(Map.of("a", "x"), genericOf("counts")))
        .hasMessage("at a: expected a whole number but got 'x'");
  }

  @Test
  void objectTargetGivesTheExpressionValue() {
    assertThat(ValueConverter.convert(3, Object.class)).isEqualTo(3L);
    assertThat(ValueConverter.convert(new Line("A", 1), Object.class))
        .isEqualTo(Map.of("code", "A", "quantity", 1L));
  }

  @Test
  void unsupportedTargetsAreProgrammingErrors() {
    assertThatThrownBy(() -> ValueConverter.convert("x", Thread.class))
        .isInstanceOf(IllegalArgumentException.class)
        .isNotInstanceOf(ConversionException.class)
        .hasMessageContaining("cannot convert values to java.lang.Thread");
  }

  @Test
  void checkReportsProblemsWithLiteralsWithoutThrowing() {
    assertThat(ValueConverter.check("30s", Duration.class)).isEmpty();
    assertThat(ValueConverter.check("soon", Duration.class))
        .isEqualTo(
            Optional.of(
                "expected a duration such as 30s, 500ms, 5m, 1h30m, 2d or PT30S but got 'soon'"));
    assertThat(ValueConverter.check(Map.of("code", "A"), Line.class))
        .contains("'quantity' is missing (how many)");
  }
}
