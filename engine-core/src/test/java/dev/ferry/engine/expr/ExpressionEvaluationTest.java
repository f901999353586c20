package dev.ferry.engine.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.engine.spi.DocumentRef;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpressionEvaluationTest {
  private final Map<String, Object> vars = new HashMap<>();

  private Object eval(String source) {
    return Expression.parse(source).evaluate(Scope.of(vars));
  }

  @Test
  void decimalArithmeticIsExact() {
    assertThat(eval("0.1 + 0.2 == 0.3")).isEqualTo(true);
    assertThat(eval("0.1 + 0.2")).isEqualTo(new BigDecimal("0.3"));
    assertThat(eval("12.50 * 2")).isEqualTo(new BigDecimal("25.00"));
    assertThat(eval("19.99 - 0.99")).isEqualTo(new BigDecimal("19.00"));
  }

  @Test
  void moneyKeepsItsScale() {
    vars.put("invoice", Map.of("total", new BigDecimal("1234.50")));
    Object total = eval("invoice.total");
    assertThat(total).isInstanceOf(BigDecimal.class);
    assertThat(total.toString()).isEqualTo("1234.50");
    assertThat(eval("invoice.total + 0.00").toString()).isEqualTo("1234.50");
  }

  @Test
  void wholeNumbersStayWholeUntilDivided() {
    assertThat(eval("7 + 3")).isEqualTo(10L);
    assertThat(eval("7 % 3")).isEqualTo(1L);
    assertThat(eval("10 / 4")).isEqualTo(new BigDecimal("2.5"));
    assertThat(eval("10 / 2")).isInstanceOf(BigDecimal.class);
    assertThat(eval("10 / 2 == 5")).isEqualTo(true);
    assertThat(eval("1 / 3")).isEqualTo(new BigDecimal("0.3333333333333333333333333333333333"));
    assertThat(eval("2 / 3").toString()).isEqualTo("0.6666666666666666666666666666666667");
    assertThat(eval("5.5 % 2")).isEqualTo(new BigDecimal("1.5"));
  }

  @Test
  void divisionByZeroAndOverflowAreErrors() {
    assertThatThrownBy(() -> eval("1 / 0"))
        .hasMessageContaining("cannot divide by zero in '1 / 0'");
    assertThatThrownBy(() -> eval("1.5 / 0.0")).hasMessageContaining("divide by zero");
    assertThatThrownBy(() -> eval("1 % 0")).hasMessageContaining("division by zero");
    assertThatThrownBy(() -> eval("9223372036854775807 + 1"))
        .hasMessageContaining("too large for a whole number");
    assertThatThrownBy(() -> eval("-(-9223372036854775807 - 1)"))
        .hasMessageContaining("out of range");
  }

  @Test
  void numbersAreEqualByValue() {
    assertThat(eval("1 == 1.0")).isEqualTo(true);
    assertThat(eval("12.50 == 12.5")).isEqualTo(true);
    assertThat(eval("[1, 2.0] == [1.0, 2]")).isEqualTo(true);
    assertThat(eval("{'a': 1} == {'a': 1.00}")).isEqualTo(true);
    assertThat(eval("'1' == 1")).isEqualTo(false);
    assertThat(eval("1 != 2")).isEqualTo(true);
    assertThat(eval("2 > 1.5 && 1.5 >= 1.50 && 'a' < 'b'")).isEqualTo(true);
  }

  @Test
  void missingFieldsAreNullAndComparisonsWithNullAreFalse() {
    vars.put("invoice", new HashMap<>(Map.of("number", "INV-1")));
    assertThat(eval("invoice.total")).isNull();
    assertThat(eval("invoice.total == null")).isEqualTo(true);
    assertThat(eval("invoice.total <= 0")).isEqualTo(false);
    assertThat(eval("invoice.total > 0")).isEqualTo(false);
    assertThat(eval("invoice.total == null || invoice.total <= 0")).isEqualTo(true);
    assertThat(eval("invoice.vendor.id")).isNull();
    assertThat(eval("invoice.lines[3]")).isNull();
    assertThat(eval("null != 1")).isEqualTo(true);
  }

  @Test
  void indexingOutOfRangeGivesNull() {
    vars.put("lines", List.of("a", "b"));
    assertThat(eval("lines[1]")).isEqualTo("b");
    assertThat(eval("lines[2]")).isNull();
    assertThat(eval("lines[-1]")).isNull();
    assertThat(eval("{'k': 'v'}['k']")).isEqualTo("v");
    assertThat(eval("{'k': 'v'}['x']")).isNull();
    assertThatThrownBy(() -> eval("lines['a']")).hasMessageContaining("whole number");
  }

  @Test
  void memberAccessWorksOnlyOnMapsAndDocuments() {
    vars.put("name", "ACME");
    assertThatThrownBy(() -> eval("name.length"))
        .isInstanceOf(ExpressionException.class)
        .hasMessageContaining("cannot read 'length' from text 'ACME'")
        .hasMessageContaining("in 'name.length'");
    assertThatThrownBy(() -> eval("name[0]")).hasMessageContaining("cannot index into text 'ACME'");
  }

  @Test
  void documentShowsOnlyItsPublicFields() {
    vars.put(
        "doc", new DocumentRef(Path.of("/data/x.pdf"), "inv.pdf", "application/pdf", 1234, "ab12"));
    assertThat(eval("doc.name + ' ' + doc.mediaType + ' ' + doc.sha256"))
        .isEqualTo("inv.pdf application/pdf ab12");
    assertThat(eval("doc.size")).isEqualTo(1234L);
    assertThat(eval("doc['name']")).isEqualTo("inv.pdf");
  }

  @Test
  void textAndNumbersDoNotMix() {
    vars.put("a", "abc");
    vars.put("b", 5);
    assertThatThrownBy(() -> eval("a + b"))
        .isInstanceOf(ExpressionException.class)
        .hasMessage("cannot add text 'abc' and number 5 in 'a + b' (at column 1)");
    assertThatThrownBy(() -> eval("a < b"))
        .hasMessageContaining("cannot compare text 'abc' with number 5");
    assertThatThrownBy(() -> eval("a * 2")).hasMessageContaining("cannot multiply");
    assertThatThrownBy(() -> eval("-a")).hasMessageContaining("cannot make text 'abc' negative");
  }

  @Test
  void plusJoinsTextAndLists() {
    assertThat(eval("'ab' + 'cd'")).isEqualTo("abcd");
    assertThat(eval("[1] + [2, 3]")).isEqualTo(List.of(1L, 2L, 3L));
  }

  @Test
  void logicalOperatorsShortCircuit() {
    assertThat(eval("false && 1 / 0 == 1")).isEqualTo(false);
    assertThat(eval("true || 1 / 0 == 1")).isEqualTo(true);
    assertThat(eval("true ? 1 : 1 / 0")).isEqualTo(1L);
  }

  @Test
  void conditionsTreatNullAsFalseButRejectOtherValues() {
    vars.put("flag", null);
    assertThat(eval("flag || true")).isEqualTo(true);
    assertThat(eval("!flag")).isEqualTo(true);
    assertThat(Expression.parse("flag").test(Scope.of(vars))).isFalse();
    assertThatThrownBy(() -> eval("'yes' && true"))
        .hasMessageContaining("expected true or false but got text 'yes'");
  }

  @Test
  void inLooksInListsMapsAndText() {
    assertThat(eval("2 in [1, 2.0]")).isEqualTo(true);
    assertThat(eval("'b' in {'a': 1}")).isEqualTo(false);
    assertThat(eval("'a' in {'a': 1}")).isEqualTo(true);
    assertThat(eval("'CME' in 'ACME'")).isEqualTo(true);
    assertThat(eval("1 in null")).isEqualTo(false);
    assertThatThrownBy(() -> eval("1 in 2"))
        .hasMessageContaining("'in' works on lists, maps and text");
  }

  @Test
  void datesAddDurationsAndSubtractToDurations() {
    vars.put("due", LocalDate.of(2024, 1, 31));
    vars.put("at", Instant.parse("2024-05-01T10:00:00Z"));
    assertThat(eval("due + duration('2d')")).isEqualTo(LocalDate.of(2024, 2, 2));
    assertThat(eval("due - duration('31d')")).isEqualTo(LocalDate.of(2023, 12, 31));
    assertThat(eval("date('2024-03-01') - due")).isEqualTo(Duration.ofDays(30));
    assertThat(eval("at + duration('1h30m')")).isEqualTo(Instant.parse("2024-05-01T11:30:00Z"));
    assertThat(eval("at - datetime('2024-05-01T09:00:00Z')")).isEqualTo(Duration.ofHours(1));
    assertThat(eval("due < date('2024-02-01') && at > datetime('2024-01-01T00:00:00Z')"))
        .isEqualTo(true);
    assertThat(eval("duration('1m') + duration('30s') == duration('PT90S')")).isEqualTo(true);
    assertThat(eval("duration('1m') > duration('59s')")).isEqualTo(true);
    assertThatThrownBy(() -> eval("due + duration('1h')")).hasMessageContaining("whole days");
    assertThatThrownBy(() -> eval("due < at")).hasMessageContaining("cannot compare date");
  }

  @Test
  void unknownVariableIsAnErrorButHasTestsForIt() {
    assertThatThrownBy(() -> eval("invoce.total"))
        .hasMessageContaining("there is no variable named 'invoce'");
    assertThat(eval("has(invoce)")).isEqualTo(false);
    vars.put("invoice", Map.of("total", 5L));
    assertThat(eval("has(invoice) && has(invoice.total) && !has(invoice.vendor)")).isEqualTo(true);
    assertThat(eval("has(invoice['total'])")).isEqualTo(true);
  }

  @Test
  void javaValuesInTheScopeAreSeenAsExpressionValues() {
    record Line(String code, int quantity, double price, Kind kind) {}
    vars.put("line", new Line("X1", 3, 2.5, Kind.SPARE_PART));
    vars.put(
        "lines",
        List.of(new Line("A", 1, 1.0, Kind.SPARE_PART), new Line("B", 2, 2.0, Kind.SERVICE)));
    assertThat(eval("line.quantity")).isEqualTo(3L);
    assertThat(eval("line.price")).isEqualTo(new BigDecimal("2.5"));
    assertThat(eval("line.kind")).isEqualTo("spare-part");
    assertThat(eval("lines[1].code")).isEqualTo("B");
    assertThat(eval("lines.map(l, l.quantity)")).isEqualTo(List.of(1L, 2L));
    assertThat(eval("sum(lines.map(l, l.price * l.quantity))")).isEqualTo(new BigDecimal("5.0"));
  }

  enum Kind {
    SPARE_PART,
    SERVICE
  }

  @Test
  void macrosFilterMapAndTestLists() {
    vars.put("lines", List.of(Map.of("qty", 2L), Map.of("qty", 0L), Map.of("qty", 5L)));
    assertThat(eval("lines.all(l, l.qty >= 0)")).isEqualTo(true);
    assertThat(eval("lines.all(l, l.qty > 0)")).isEqualTo(false);
    assertThat(eval("lines.exists(l, l.qty == 5)")).isEqualTo(true);
    assertThat(eval("lines.filter(l, l.qty > 1).map(l, l.qty * 10)")).isEqualTo(List.of(20L, 50L));
    assertThat(eval("{'a': 1, 'b': 2}.map(k, k + '!')")).isEqualTo(List.of("a!", "b!"));
    assertThat(eval("[[1, 2], [3]].map(x, x.map(x, x + 1))"))
        .isEqualTo(List.of(List.of(2L, 3L), List.of(4L)));
    assertThat(eval("null.exists(x, true)")).isEqualTo(false);
    assertThatThrownBy(() -> eval("'abc'.all(c, true)"))
        .hasMessageContaining("works on a list or a map");
  }

  @Test
  void macroVariableDoesNotLeakOutOfItsBody() {
    vars.put("x", "outer");
    assertThat(eval("[1, 2].map(x, x * 2) + [x]")).isEqualTo(List.of(2L, 4L, "outer"));
  }

  @Test
  void macroConditionsMustBeTrueOrFalse() {
    assertThatThrownBy(() -> eval("[1, 2].filter(x, x)"))
        .hasMessageContaining("expected true or false but got number 1 (at column 18)");
    assertThatThrownBy(() -> eval("[1].all(x, 'yes')"))
        .hasMessageContaining("expected true or false");
  }

  @Test
  void aSecretHiddenInsideAListIsRefusedWhereItIsRead() {
    vars.put("items", List.of(1L, new dev.ferry.engine.spi.Secret("s3cret")));
    assertThatThrownBy(() -> eval("sum(items)"))
        .hasMessageContaining("secret")
        .hasMessageContaining("in 'sum(items)'")
        .hasMessageNotContaining("s3cret");
    assertThatThrownBy(() -> eval("items[1]")).hasMessageNotContaining("s3cret");
  }
}
