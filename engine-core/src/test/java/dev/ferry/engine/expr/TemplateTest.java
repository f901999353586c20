package dev.ferry.engine.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateTest {
  private final Map<String, Object> vars = new HashMap<>();

  private Object eval(String source) {
    return Template.parse(source).evaluate(Scope.of(vars));
  }

  @Test
  void joinsTextAndValues() {
    vars.put("invoice", Map.of("number", "INV-7", "total", new BigDecimal("12.50")));
    assertThat(eval("Invoice ${invoice.number} totals ${invoice.total} EUR"))
        .isEqualTo("Invoice INV-7 totals 12.50 EUR");
  }

  @Test
  void aTemplateThatIsOneExpressionKeepsTheValuesType() {
    vars.put("invoice", Map.of("total", new BigDecimal("12.50"), "lines", List.of(1L)));
    assertThat(eval("${invoice.total}")).isEqualTo(new BigDecimal("12.50"));
    assertThat(eval("${invoice.lines}")).isEqualTo(List.of(1L));
    assertThat(eval("${invoice.missing}")).isNull();
    assertThat(eval(" ${invoice.total}")).isEqualTo(" 12.50");
  }

  @Test
  void nullShowsAsNothingAndDatesAsIso() {
    vars.put("d", LocalDate.of(2024, 5, 1));
    vars.put("n", null);
    assertThat(eval("[${n}] due ${d}")).isEqualTo("[] due 2024-05-01");
  }

  @Test
  void doubleDollarEscapesALiteralPlaceholder() {
    assertThat(eval("cost: $${price}")).isEqualTo("cost: ${price}");
    assertThat(Template.parse("cost: $${price}").isConstant()).isTrue();
    assertThat(eval("$5 and $ alone")).isEqualTo("$5 and $ alone");
  }

  @Test
  void bracesAndStringsInsideAnExpressionDoNotEndIt() {
    assertThat(eval("${ {'a': '}'}['a'] }!")).isEqualTo("}!");
    assertThat(eval("${'x' + \"}\"}")).isEqualTo("x}");
  }

  @Test
  void listsItsExpressions() {
    Template t = Template.parse("${a.b} and ${c + 1}");
    assertThat(t.expressions()).extracting(Expression::source).containsExactly("a.b", "c + 1");
    assertThat(t.expressions().get(1).freeVariables()).containsExactly("c");
    assertThat(t.isConstant()).isFalse();
    assertThat(t.source()).isEqualTo("${a.b} and ${c + 1}");
  }

  @Test
  void detectsExpressionsWithoutParsing() {
    assertThat(Template.containsExpression("Hello ${name}")).isTrue();
    assertThat(Template.containsExpression("Hello $${name}")).isFalse();
    assertThat(Template.containsExpression("Hello $$${name}")).isFalse();
    assertThat(Template.containsExpression("Hello $$${name} ${x}")).isTrue();
    assertThat(Template.containsExpression("plain")).isFalse();
  }

  @Test
  void errorsReportThePositionInTheWholeText() {
    assertThatThrownBy(() -> Template.parse("Total: ${invoice.total +}"))
        .isInstanceOf(ExpressionException.class)
        .hasMessageContaining("column 25")
        .extracting(e -> ((ExpressionException) e).position())
        .isEqualTo(24);
    assertThatThrownBy(() -> Template.parse("abc ${x"))
        .hasMessageContaining("the '${' at column 5 is not closed with '}'")
        .extracting(e -> ((ExpressionException) e).position())
        .isEqualTo(4);
    assertThatThrownBy(() -> Template.parse("a ${}")).hasMessageContaining("empty");
    assertThatThrownBy(() -> Template.parse("x ${sizee(a)}"))
        .hasMessageContaining("did you mean 'size'")
        .extracting(e -> ((ExpressionException) e).position())
        .isEqualTo(4);
  }

  @Test
  void evaluationErrorsQuoteTheFailingPart() {
    vars.put("a", "x");
    assertThatThrownBy(() -> eval("Sum: ${a * 2}"))
        .hasMessageContaining("cannot multiply text 'x' and number 2 in 'a * 2' (at column 8)");
  }
}
