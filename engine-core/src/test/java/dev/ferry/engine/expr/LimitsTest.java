package dev.ferry.engine.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LimitsTest {

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
  void theLongestChainAllowedEvaluatesOnASmallStack() throws Exception {
    Expression chain = Expression.parse("x" + " + x".repeat(298));
    Object[] result = new Object[1];
    // A small stack, as a worker thread might have, proves evaluation depth is bounded.
    Thread t =
        new Thread(
            null,
            () -> result[0] = chain.evaluate(Scope.of(Map.of("x", 1L))),
            "small-stack",
            256 * 1024);
    t.start();
    t.join();
    assertThat(result[0]).isEqualTo(299L);
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
}
