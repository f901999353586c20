package dev.ferry.engine.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.engine.spi.DocumentRef;
import dev.ferry.engine.spi.Secret;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Attempts to reach Java, the file system or unbounded work through an expression. */
class SandboxTest {
  private final Map<String, Object> vars = new HashMap<>();

  private Object eval(String source) {
    return Expression.parse(source).evaluate(Scope.of(vars));
  }

  @Test
  void callingAJavaMethodOnAValueIsAnUnknownFunction() {
    assertThatThrownBy(() -> Expression.parse("''.getClass()"))
        .isInstanceOf(ExpressionException.class)
        .hasMessageContaining("unknown function 'getClass'");
    assertThatThrownBy(() -> Expression.parse("invoice.getClass().forName('java.lang.Runtime')"))
        .hasMessageContaining("unknown function 'getClass'");
    assertThatThrownBy(() -> Expression.parse("invoice.toString()"))
        .hasMessageContaining("unknown function 'toString'");
    assertThatThrownBy(() -> Expression.parse("invoice.hashCode()"))
        .hasMessageContaining("unknown function 'hashCode'");
  }

  @Test
  void readingTheClassOfAValueIsRejected() {
    assertThatThrownBy(() -> Expression.parse("x.class"))
        .hasMessageContaining("'class' is a reserved word");
    assertThatThrownBy(() -> Expression.parse("x.getClass"))
        .hasMessageContaining("'getClass' is a reserved word");
    vars.put("x", "text");
    assertThatThrownBy(() -> eval("x['class']")).hasMessageContaining("cannot index into text");
  }

  @Test
  void springStyleTypeReferencesDoNotParse() {
    assertThatThrownBy(() -> Expression.parse("T(java.lang.Runtime).getRuntime()"))
        .hasMessageContaining("unknown function 'T'");
    assertThatThrownBy(() -> Expression.parse("new java.io.File('/etc/passwd')"))
        .hasMessageContaining("'new' is a reserved word");
  }

  @Test
  void qualifiedJavaNamesAreJustMissingVariables() {
    assertThatThrownBy(() -> Expression.parse("java.lang.System.exit(0)"))
        .hasMessageContaining("unknown function 'exit'");
    assertThatThrownBy(() -> eval("java.lang.System"))
        .hasMessageContaining("there is no variable named 'java'");
  }

  @Test
  void aDocumentsFileLocationCannotBeRead() {
    vars.put(
        "doc",
        new DocumentRef(Path.of("/var/ferry/secret.pdf"), "a.pdf", "application/pdf", 1, "ab"));
    assertThatThrownBy(() -> eval("doc.path"))
        .hasMessageContaining("a document has no readable field 'path'")
        .hasMessageNotContaining("/var/ferry");
    assertThatThrownBy(() -> eval("doc['path']")).hasMessageContaining("no readable field 'path'");
    assertThat(eval("has(doc.path)")).isEqualTo(false);
    assertThat(eval("string(doc)")).isEqualTo("a.pdf");
    assertThat(eval("string([doc])")).isEqualTo("[\"a.pdf\"]").asString().doesNotContain("/var");
  }

  @Test
  void aSecretInTheScopeIsNeverShown() {
    vars.put("password", new Secret("hunter2"));
    assertThatThrownBy(() -> eval("password"))
        .hasMessageContaining("secret")
        .hasMessageNotContaining("hunter2");
    assertThatThrownBy(() -> eval("'pw: ' + string(password)")).hasMessageNotContaining("hunter2");
  }

  @Test
  void aHugeStringCannotBeBuilt() {
    vars.put("s", "x".repeat(2 * 1024 * 1024));
    assertThatThrownBy(() -> eval("s + s + s + s + s + s"))
        .hasMessageContaining("the limit is 10485760");
    vars.put("big", "y".repeat(1024 * 1024));
    assertThatThrownBy(() -> eval("big.replace('y', big)"))
        .hasMessageContaining("the limit is 10485760");
  }

  @Test
  void deepNestingIsRejectedAtParseTime() {
    assertThatThrownBy(() -> Expression.parse("size(".repeat(500) + "x" + ")".repeat(500)))
        .hasMessageContaining("nests more than 100 levels");
  }

  @Test
  void aCatastrophicRegexStopsQuickly() {
    vars.put("s", "a".repeat(40) + "!");
    long started = System.nanoTime();
    // Java already defuses simple cases such as (a+)+$; these two still backtrack exponentially.
    assertThatThrownBy(() -> eval("s.matches('(.*a){15}b')"))
        .hasMessageContaining("takes too long on this text");
    assertThatThrownBy(() -> eval("s.matches('^(a+)+\\\\1$')"))
        .hasMessageContaining("takes too long");
    assertThat(System.nanoTime() - started).isLessThan(3_000_000_000L);
  }

  @Test
  void aRunawayLoopIsImpossible() {
    vars.put("n", java.util.Collections.nCopies(400, 1L));
    assertThatThrownBy(() -> eval("n.all(a, n.all(b, n.all(c, a + b + c > 0)))"))
        .hasMessageContaining("steps of work");
  }
}
