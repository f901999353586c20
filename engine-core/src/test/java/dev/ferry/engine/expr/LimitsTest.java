package dev.ferry.engine.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LimitsTest {
  private static final int MAX_CHAIN = 298;

  @Test
  void sourceLongerThanTenThousandCharactersIsRejected() {
    String longest = "'" + "x".repeat(9_998) + "'";
    assertThat(longest.length()).isEqualTo(10_000);
    assertThat(Expression.parse(longest).evaluate(Scope.of(Map.of()))).isEqualTo("x".repeat(9_998));
    assertThatThrownBy(() -> Expression.parse(longest + " "))
        .isInstanceOf(ExpressionException.class)
        .hasMessageContaining("10001 characters long; the limit is 10000");
  }

  @Test
  void nestingDeeperThanAHundredLevelsIsRejected() {
    String fine = "(".repeat(99) + "1" + ")".repeat(99);
    assertThat(Expression.parse(fine).evaluate(Scope.of(Map.of()))).isEqualTo(1L);
    assertThatThrownBy(() -> Expression.parse("(".repeat(101) + "1" + ")".repeat(101)))
        .hasMessageContaining("nests more than 100 levels");
    assertThatThrownBy(() -> Expression.parse("[".repeat(200) + "]".repeat(200)))
        .hasMessageContaining("nests more than 100 levels");
    assertThatThrownBy(() -> Expression.parse("!".repeat(200) + "true"))
        .hasMessageContaining("more than 100 operators in a row");
  }

  @Test
  void aLongChainOfOperatorsIsRefusedAtParseTime() {
    assertThatThrownBy(() -> Expression.parse("x" + " + x".repeat(2_000)))
        .isInstanceOf(ExpressionException.class)
        .hasMessageContaining("chains more than 300 operations");
  }

  @Test
  void theDeepestExpressionsAllowedRunOnHalfTheDefaultThreadStack() throws Exception {
    // Parsing and evaluation recurse once per level; the limits keep that within a 512 KB stack,
    // half of a Java thread's default, on a worker thread as well as on the main one.
    String chain = "x" + " + x".repeat(MAX_CHAIN);
    String nested = "(".repeat(96) + "[x].map(y, x)" + ")".repeat(96);
    Object[] results = new Object[2];
    Thread t =
        new Thread(
            null,
            () -> {
              try {
                results[0] = Expression.parse(chain).evaluate(Scope.of(Map.of("x", 1L)));
                results[1] = Expression.parse(nested).evaluate(Scope.of(Map.of("x", 1L)));
              } catch (Throwable e) {
                results[0] = e;
              }
            },
            "small-stack",
            512 * 1024);
    t.start();
    t.join();
    assertThat(results).containsExactly(MAX_CHAIN + 1L, List.of(1L));
  }

  @Test
  void evaluationStopsAfterItsStepBudget() {
    List<Long> thousand = new ArrayList<>(Collections.nCopies(1_000, 1L));
    Scope scope = Scope.of(Map.of("items", thousand));
    assertThat(Expression.parse("items.map(a, a + 1).size()").evaluate(scope)).isEqualTo(1_000L);
    long started = System.nanoTime();
    assertThatThrownBy(
            () -> Expression.parse("items.map(a, items.map(b, a + b)).size()").evaluate(scope))
        .isInstanceOf(ExpressionException.class)
        .hasMessageContaining("more than 100000 steps of work");
    assertThat(System.nanoTime() - started).isLessThan(2_000_000_000L);
  }

  @Test
  void functionsOverHugeListsCountAgainstTheBudget() {
    List<Long> many = new ArrayList<>(Collections.nCopies(200_000, 1L));
    assertThatThrownBy(
            () -> Expression.parse("sum(items)").evaluate(Scope.of(Map.of("items", many))))
        .hasMessageContaining("steps of work");
    assertThatThrownBy(
            () -> Expression.parse("0 in items").evaluate(Scope.of(Map.of("items", many))))
        .hasMessageContaining("steps of work");
  }

  @Test
  void producedTextIsLimitedToTenMegabytes() {
    String mb = "x".repeat(1024 * 1024);
    Scope scope = Scope.of(Map.of("s", mb));
    assertThat(Expression.parse("size(s + s + s)").evaluate(scope)).isEqualTo(3L * mb.length());
    assertThatThrownBy(
            () -> Expression.parse("s + s + s + s + s + s + s + s + s + s + s").evaluate(scope))
        .hasMessageContaining("the limit is 10485760 (10 MB)");
    assertThatThrownBy(() -> Expression.parse("s.replace('x', 'xxxxxxxxxxxx')").evaluate(scope))
        .hasMessageContaining("the limit is 10485760");
    assertThatThrownBy(
            () -> Expression.parse("[s, s, s, s, s, s, s, s, s, s, s].join()").evaluate(scope))
        .hasMessageContaining("the limit is 10485760");
  }

  @Test
  void regexPatternAndInputSizesAreLimited() {
    assertThatThrownBy(
            () ->
                Expression.parse("'a'.matches(p)").evaluate(Scope.of(Map.of("p", "a".repeat(501)))))
        .hasMessageContaining("the limit is 500");
    assertThatThrownBy(
            () ->
                Expression.parse("s.matches('a')")
                    .evaluate(Scope.of(Map.of("s", "a".repeat(100_001)))))
        .hasMessageContaining("texts of up to 100000 characters");
  }

  @Test
  void templateTextIsLimitedToTenMegabytes() {
    Scope scope = Scope.of(Map.of("s", "x".repeat(3 * 1024 * 1024)));
    assertThat(Template.parse("${s}-${s}").evaluate(scope).toString()).hasSize(6 * 1024 * 1024 + 1);
    assertThatThrownBy(() -> Template.parse("${s}-${s}-${s}-${s}").evaluate(scope))
        .isInstanceOf(ExpressionException.class)
        .hasMessageContaining("grows past 10485760 characters");
  }
}
