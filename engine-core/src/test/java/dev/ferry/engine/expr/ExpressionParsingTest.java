package dev.ferry.engine.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpressionParsingTest {

  private static Object eval(String source) {
    return Expression.parse(source).evaluate(Scope.of(Map.of()));
  }

  @Test
  void multiplicationBindsTighterThanAddition() {
    assertThat(eval("1 + 2 * 3")).isEqualTo(7L);
    assertThat(eval("(1 + 2) * 3")).isEqualTo(9L);
    assertThat(eval("10 - 4 - 3")).isEqualTo(3L);
    assertThat(eval("7 % 4 * 2")).isEqualTo(6L);
  }

  @Test
  void comparisonBindsTighterThanAndWhichBindsTighterThanOr() {
    assertThat(eval("1 < 2 && 3 > 4 || 5 == 5")).isEqualTo(true);
    assertThat(eval("false && true || true")).isEqualTo(true);
    assertThat(eval("false && (true || true)")).isEqualTo(false);
    assertThat(eval("1 + 1 == 2")).isEqualTo(true);
  }

  @Test
  void conditionalIsLowestAndRightAssociative() {
    assertThat(eval("1 > 2 ? 'a' : 2 > 1 ? 'b' : 'c'")).isEqualTo("b");
    assertThat(eval("true || false ? 1 : 2")).isEqualTo(1L);
  }

  @Test
  void unaryOperatorsApplyBeforeBinaryOnes() {
    assertThat(eval("-2 * 3")).isEqualTo(-6L);
    assertThat(eval("!false && true")).isEqualTo(true);
    assertThat(eval("--5")).isEqualTo(5L);
  }

  @Test
  void literalsHaveTheirExpressionTypes() {
    assertThat(eval("12")).isEqualTo(12L);
    assertThat(eval("12.50")).isEqualTo(new BigDecimal("12.50"));
    assertThat(((BigDecimal) eval("12.50")).scale()).isEqualTo(2);
    assertThat(eval("'it\\'s'")).isEqualTo("it's");
    assertThat(eval("\"tab\\there\\n\\u00e9\"")).isEqualTo("tab\there\n\u00e9");
    assertThat(eval("null")).isNull();
    assertThat(eval("[1, 'a', [true]]")).isEqualTo(List.of(1L, "a", List.of(true)));
    assertThat(eval("{'a': 1, \"b\": [2]}")).isEqualTo(Map.of("a", 1L, "b", List.of(2L)));
    assertThat(eval("[1, 2, ]")).isEqualTo(List.of(1L, 2L));
  }

  @Test
  void unclosedParenthesisNamesTheColumnOfTheOpening() {
    assertThatThrownBy(() -> Expression.parse("size((a)"))
        .isInstanceOf(ExpressionException.class)
        .hasMessageContaining("expected ')' to close the '(' at column 5")
        .extracting(e -> ((ExpressionException) e).position())
        .isEqualTo(8);
  }

  @Test
  void misspeltFunctionGetsASuggestion() {
    assertThatThrownBy(() -> Expression.parse("sizee(lines)"))
        .isInstanceOf(ExpressionException.class)
        .hasMessageContaining("unknown function 'sizee'; did you mean 'size'?");
    assertThatThrownBy(() -> Expression.parse("name.uper()"))
        .hasMessageContaining("did you mean 'upper'?");
    assertThatThrownBy(() -> Expression.parse("frobnicate(1)"))
        .hasMessageContaining("unknown function 'frobnicate'");
  }

  @Test
  void wrongNumberOfArgumentsIsAParseError() {
    assertThatThrownBy(() -> Expression.parse("upper('a', 'b')"))
        .hasMessageContaining("upper(...) takes 1 argument but was given 2");
    assertThatThrownBy(() -> Expression.parse("today(1)"))
        .hasMessageContaining("today(...) takes 0 arguments but was given 1");
    assertThatThrownBy(() -> Expression.parse("name.upper('x')"))
        .hasMessageContaining(".upper(...) takes 0 arguments but was given 1");
    assertThatThrownBy(() -> Expression.parse("name.substring()"))
        .hasMessageContaining(".substring(...) takes 1 to 2 arguments but was given 0");
    assertThatThrownBy(() -> Expression.parse("min()"))
        .hasMessageContaining("min(...) takes at least 1 argument but was given 0");
  }

  @Test
  void commonMistakesGetPlainEnglishErrors() {
    assertThatThrownBy(() -> Expression.parse("a = 1")).hasMessageContaining("write '=='");
    assertThatThrownBy(() -> Expression.parse("a & b")).hasMessageContaining("write '&&'");
    assertThatThrownBy(() -> Expression.parse("'abc")).hasMessageContaining("is not closed");
    assertThatThrownBy(() -> Expression.parse("1 +")).hasMessageContaining("ends too early");
    assertThatThrownBy(() -> Expression.parse("1 2"))
        .hasMessageContaining("expected an operator such as + or && before the number 2");
    assertThatThrownBy(() -> Expression.parse("")).hasMessageContaining("empty");
    assertThatThrownBy(() -> Expression.parse("12abc")).hasMessageContaining("cannot be followed");
    assertThatThrownBy(() -> Expression.parse("99999999999999999999"))
        .hasMessageContaining("too large");
    assertThatThrownBy(() -> Expression.parse("'\\q'")).hasMessageContaining("unknown escape");
    assertThatThrownBy(() -> Expression.parse("x ? 1")).hasMessageContaining("expected ':'");
    assertThatThrownBy(() -> Expression.parse("has(1)")).hasMessageContaining("has(invoice.total)");
    assertThatThrownBy(() -> Expression.parse("all(x, true)"))
        .hasMessageContaining("items.all(x, ...)");
  }

  @Test
  void freeVariablesAreTheTopLevelNamesRead() {
    Expression e =
        Expression.parse(
            "invoice.total > limits['max'] && lines.all(l, l.qty > 0 && l.code in codes) && has(x.y)");
    assertThat(e.freeVariables())
        .containsExactlyInAnyOrder("invoice", "limits", "lines", "codes", "x");
    assertThat(Expression.parse("1 + 2").freeVariables()).isEmpty();
  }

  @Test
  void sourceIsKeptAsWritten() {
    Expression e = Expression.parse(" a +  b ");
    assertThat(e.source()).isEqualTo(" a +  b ");
    assertThat(e).isEqualTo(Expression.parse(" a +  b ")).hasToString(" a +  b ");
  }

  @Test
  void parsedExpressionIsReusableAcrossScopesAndThreads() throws Exception {
    Expression e = Expression.parse("x * 2");
    List<Thread> threads = new java.util.ArrayList<>();
    java.util.concurrent.ConcurrentLinkedQueue<Object> results =
        new java.util.concurrent.ConcurrentLinkedQueue<>();
    for (long i = 0; i < 8; i++) {
      long x = i;
      Thread t =
          new Thread(
              () -> {
                for (int n = 0; n < 1000; n++) {
                  Object r = e.evaluate(Scope.of(Map.of("x", x)));
                  if (!r.equals(x * 2)) {
                    results.add(r);
                  }
                }
              });
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    assertThat(results).isEmpty();
  }

  @Test
  void listsTheFunctionNamesForEditors() {
    assertThat(Expression.functionNames())
        .contains("size", "has", "round", "matches", "filter")
        .doesNotContain("getClass");
  }
}
