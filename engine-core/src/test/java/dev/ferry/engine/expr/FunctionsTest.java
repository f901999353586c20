package dev.ferry.engine.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FunctionsTest {
  private final Map<String, Object> vars = new HashMap<>();

  private Object eval(String source) {
    return Expression.parse(source).evaluate(Scope.of(vars));
  }

  @Test
  void sizeMeasuresTextListsAndMapsAndIsZeroForNull() {
    vars.put("nothing", null);
    assertThat(eval("size('abc')")).isEqualTo(3L);
    assertThat(eval("[1, 2].size()")).isEqualTo(2L);
    assertThat(eval("size({'a': 1})")).isEqualTo(1L);
    assertThat(eval("size(nothing)")).isEqualTo(0L);
    assertThatThrownBy(() -> eval("size(5)")).hasMessageContaining("size(...) measures text");
  }

  @Test
  void conversionsBetweenKinds() {
    assertThat(eval("string(12.50)")).isEqualTo("12.50");
    assertThat(eval("string(null)")).isEqualTo("");
    assertThat(eval("string([1, 'a'])")).isEqualTo("[1, \"a\"]");
    assertThat(eval("int('42')")).isEqualTo(42L);
    assertThat(eval("int(-7.9)")).isEqualTo(-7L);
    assertThat(eval("int(null)")).isNull();
    assertThat(eval("decimal('1234.50')")).isEqualTo(new BigDecimal("1234.50"));
    assertThat(eval("decimal(3)")).isEqualTo(new BigDecimal("3"));
    assertThat(eval("bool('yes')")).isEqualTo(true);
    assertThat(eval("bool('False')")).isEqualTo(false);
    assertThatThrownBy(() -> eval("int('4x')"))
        .hasMessageContaining("expected a whole number but got '4x'");
    assertThatThrownBy(() -> eval("decimal('1,234.50')"))
        .hasMessageContaining("no thousands separators");
    assertThatThrownBy(() -> eval("decimal('1e9')"))
        .hasMessageContaining("expected a decimal number");
    assertThatThrownBy(() -> eval("bool('maybe')")).hasMessageContaining("true, false, yes or no");
    assertThatThrownBy(() -> eval("int([1])")).hasMessageContaining("cannot turn a list");
  }

  @Test
  void roundUsesHalfUpForMoney() {
    assertThat(eval("round(2.345, 2)")).isEqualTo(new BigDecimal("2.35"));
    assertThat(eval("round(2.5)")).isEqualTo(new BigDecimal("3"));
    assertThat(eval("round(-2.5)")).isEqualTo(new BigDecimal("-3"));
    assertThat(eval("(10 / 3).round(2)")).isEqualTo(new BigDecimal("3.33"));
    assertThat(eval("round(7, 2)")).isEqualTo(7L);
    assertThatThrownBy(() -> eval("round(1.5, 1000000)"))
        .hasMessageContaining("0 to 34 decimal places");
  }

  @Test
  void absMinMaxAndSum() {
    assertThat(eval("abs(-5)")).isEqualTo(5L);
    assertThat(eval("abs(-5.50)")).isEqualTo(new BigDecimal("5.50"));
    assertThat(eval("min(3, 1.5, 2)")).isEqualTo(new BigDecimal("1.5"));
    assertThat(eval("max([3, 9, 2])")).isEqualTo(9L);
    assertThat(eval("max(null, 4)")).isEqualTo(4L);
    assertThat(eval("min(date('2024-02-01'), date('2024-01-01'))"))
        .isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(eval("max('apple', 'pear')")).isEqualTo("pear");
    assertThat(eval("sum([1, 2, 3])")).isEqualTo(6L);
    assertThat(eval("sum([10.50, 2, null])")).isEqualTo(new BigDecimal("12.50"));
    assertThat(eval("sum([])")).isEqualTo(0L);
    assertThat(eval("sum([duration('1m'), duration('30s')])")).isEqualTo(Duration.ofSeconds(90));
    assertThatThrownBy(() -> eval("sum([1, 'a'])")).hasMessageContaining("cannot add text 'a'");
    assertThatThrownBy(() -> eval("min(1, 'a')")).hasMessageContaining("cannot compare");
    assertThatThrownBy(() -> eval("abs('x')")).hasMessageContaining("expects numbers");
  }

  @Test
  void coalesceGivesTheFirstValueThatIsNotNull() {
    vars.put("invoice", Map.of("number", "INV-1"));
    assertThat(eval("coalesce(invoice.total, invoice.amount, 0)")).isEqualTo(0L);
    assertThat(eval("coalesce(invoice.number, 'none')")).isEqualTo("INV-1");
    assertThat(eval("coalesce(null)")).isNull();
  }

  @Test
  void datesAndTimes() {
    assertThat(eval("date('2024-01-31')")).isEqualTo(LocalDate.of(2024, 1, 31));
    assertThat(eval("date(datetime('2024-01-31T23:00:00Z'))")).isEqualTo(LocalDate.of(2024, 1, 31));
    assertThat(eval("datetime('2024-01-31T10:00:00+02:00')"))
        .isEqualTo(Instant.parse("2024-01-31T08:00:00Z"));
    assertThat(eval("today()")).isEqualTo(LocalDate.now());
    Instant now = (Instant) eval("now()");
    assertThat(Duration.between(now, Instant.now()).abs()).isLessThan(Duration.ofSeconds(5));
    assertThat(eval("duration('30s')")).isEqualTo(Duration.ofSeconds(30));
    assertThat(eval("duration('500ms')")).isEqualTo(Duration.ofMillis(500));
    assertThat(eval("duration(90)")).isEqualTo(Duration.ofSeconds(90));
    assertThat(eval("duration(1.5)")).isEqualTo(Duration.ofMillis(1500));
    assertThatThrownBy(() -> eval("date('31/01/2024')"))
        .hasMessageContaining("expected a date such as 2024-05-31");
    assertThatThrownBy(() -> eval("datetime('tomorrow')"))
        .hasMessageContaining("expected a date-time");
    assertThatThrownBy(() -> eval("duration('soon')"))
        .hasMessageContaining("expected a duration such as 30s");
  }

  @Test
  void textFunctions() {
    assertThat(eval("upper('abc')")).isEqualTo("ABC");
    assertThat(eval("'ABC'.lower()")).isEqualTo("abc");
    assertThat(eval("'  x  '.trim()")).isEqualTo("x");
    assertThat(eval("'invoice.pdf'.endsWith('.pdf') && 'INV-1'.startsWith('INV')")).isEqualTo(true);
    assertThat(eval("'ACME Ltd'.contains('Ltd')")).isEqualTo(true);
    assertThat(eval("contains([1, 2], 2.0)")).isEqualTo(true);
    assertThat(eval("'a-b-c'.replace('-', '/')")).isEqualTo("a/b/c");
    assertThat(eval("'a,b,,c'.split(',')")).isEqualTo(List.of("a", "b", "", "c"));
    assertThat(eval("join(['a', 1, 2.50], ', ')")).isEqualTo("a, 1, 2.50");
    assertThat(eval("['x', 'y'].join()")).isEqualTo("xy");
    assertThat(eval("'INV-2024-007'.substring(4)")).isEqualTo("2024-007");
    assertThat(eval("substring('INV-2024-007', 4, 8)")).isEqualTo("2024");
    assertThatThrownBy(() -> eval("'abc'.substring(2, 10)"))
        .hasMessageContaining("outside the text, which is 3 characters long");
    assertThatThrownBy(() -> eval("upper(5)"))
        .hasMessageContaining("upper(...) expects text but got number 5");
    assertThatThrownBy(() -> eval("'a'.split('')")).hasMessageContaining("non-empty separator");
  }

  @Test
  void textFunctionsGiveNullForNullText() {
    vars.put("v", Map.of());
    assertThat(eval("v.name.upper()")).isNull();
    assertThat(eval("v.name.contains('x')")).isEqualTo(false);
    assertThat(eval("v.name.matches('x')")).isNull();
  }

  @Test
  void matchesFindsAPatternAnywhereUnlessAnchored() {
    assertThat(eval("'Invoice 42'.matches('(?i)invoice')")).isEqualTo(true);
    assertThat(eval("'INV-2024-00731'.matches('^INV-\\\\d{4}-\\\\d+$')")).isEqualTo(true);
    assertThat(eval("'x INV-1'.matches('^INV')")).isEqualTo(false);
    assertThatThrownBy(() -> eval("'a'.matches('(')"))
        .hasMessageContaining("is not a valid pattern");
  }

  @Test
  void keysAndValuesOfAMap() {
    assertThat(eval("keys({'a': 1, 'b': 2})")).isEqualTo(List.of("a", "b"));
    assertThat(eval("{'a': 1, 'b': 2}.values()")).isEqualTo(List.of(1L, 2L));
    assertThatThrownBy(() -> eval("keys([1])")).hasMessageContaining("expects a map");
  }
}
