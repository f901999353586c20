package dev.ferry.engine;

import static dev.ferry.engine.testing.TestDefinitions.action;
import static dev.ferry.engine.testing.TestDefinitions.call;
import static dev.ferry.engine.testing.TestDefinitions.forEach;
import static dev.ferry.engine.testing.TestDefinitions.group;
import static dev.ferry.engine.testing.TestDefinitions.inApp;
import static dev.ferry.engine.testing.TestDefinitions.process;
import static dev.ferry.engine.testing.TestDefinitions.when;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.engine.core.CoreConnector;
import dev.ferry.engine.ledger.StepRecord;
import dev.ferry.engine.ledger.TransactionStatus;
import dev.ferry.engine.model.ProcessDefinition;
import dev.ferry.engine.spi.Action;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ControlFlowTest {
  @TempDir Path work;
  private EngineFixture fixture;

  private EngineFixture fixture() {
    if (fixture == null) {
      fixture = new EngineFixture(work);
    }
    return fixture;
  }

  @AfterEach
  void close() {
    if (fixture != null) {
      fixture.close();
    }
  }

  static Action<?, ?> core(String name) {
    return new CoreConnector()
        .actions().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
  }

  private Action<?, ?> fakeCall() {
    return fixture().fake.actions().get(0);
  }

  @Test
  void runsStepsInOrderAndCarriesSavedOutputsForward() {
    EngineFixture f = fixture();
    ProcessDefinition definition =
        process("order")
            .application(dev.ferry.engine.testing.TestDefinitions.app("sys", f.fake, 1, Map.of()))
            .step(inApp(action("first", fakeCall(), Map.of("key", "a"), "first"), "sys"))
            .step(
                inApp(
                    action("second", fakeCall(), Map.of("key", "after-${first.key}"), null), "sys"))
            .build();

    TransactionResult result = f.run(definition);

    assertThat(result.status()).isEqualTo(TransactionStatus.SUCCEEDED);
    assertThat(f.fake.calls).containsExactly("a", "after-a");
  }

  @Test
  void skipsAStepWhoseConditionIsFalseAndRunsOneWhoseConditionIsTrue() {
    EngineFixture f = fixture();
    ProcessDefinition definition =
        process("conditions")
            .step(
                action(
                    "amount",
                    core("set"),
                    Map.of("variables", Map.of("total", new BigDecimal("12.50"))),
                    null))
            .step(
                when(
                    "total > 100",
                    action("big", core("set"), Map.of("variables", Map.of("size", "big")), null)))
            .step(
                when(
                    "total <= 100",
                    action(
                        "small", core("set"), Map.of("variables", Map.of("size", "small")), null)))
            .build();

    TransactionResult result = f.run(definition);

    assertThat(result.variables()).containsEntry("size", "small");
    assertThat(f.ledger.steps(result.id()))
        .extracting(StepRecord::stepId)
        .containsExactly("amount", "small");
  }

  @Test
  void runsTheBodyOfForEachOncePerItemWithTheItemInItsVariable() {
    EngineFixture f = fixture();
    ProcessDefinition definition =
        process("loop")
            .application(dev.ferry.engine.testing.TestDefinitions.app("sys", f.fake, 1, Map.of()))
            .step(
                action(
                    "lines",
                    core("set"),
                    Map.of("variables", Map.of("lines", List.of("x", "y", "z"))),
                    null))
            .step(
                forEach(
                    "each-line",
                    "lines",
                    "line",
                    inApp(action("post", fakeCall(), Map.of("key", "${line}"), null), "sys")))
            .build();

    TransactionResult result = f.run(definition);

    assertThat(f.fake.calls).containsExactly("x", "y", "z");
    assertThat(f.ledger.steps(result.id()))
        .extracting(StepRecord::stepPath)
        .containsExactly("lines", "each-line[0]/post", "each-line[1]/post", "each-line[2]/post");
    assertThat(result.variables()).doesNotContainKey("line");
  }

  @Test
  void runsAGroupOnlyWhenItsConditionHolds() {
    EngineFixture f = fixture();
    ProcessDefinition definition =
        process("groups")
            .step(action("flag", core("set"), Map.of("variables", Map.of("urgent", false)), null))
            .step(
                group(
                    "urgent-path",
                    "urgent",
                    action("mark", core("set"), Map.of("variables", Map.of("marked", true)), null)))
            .build();

    TransactionResult result = f.run(definition);

    assertThat(result.variables()).doesNotContainKey("marked");
  }

  @Test
  void callsASubProcessWithItsOwnVariablesAndSavesWhatItSet() {
    ProcessDefinition sub =
        process("tax")
            .input(
                new dev.ferry.engine.model.InputSpec(
                    "net",
                    dev.ferry.engine.model.ValueType.DECIMAL,
                    true,
                    null,
                    false,
                    "",
                    dev.ferry.engine.model.SourceLocation.UNKNOWN))
            .step(
                action(
                    "compute",
                    core("set"),
                    Map.of("variables", Map.of("gross", "${net * 1.2}")),
                    null))
            .build();
    fixture =
        new EngineFixture(
            work,
            b -> b.subProcesses(name -> name.equals("tax") ? Optional.of(sub) : Optional.empty()));
    ProcessDefinition parent =
        process("parent")
            .step(call("add-tax", "tax", Map.of("net", new BigDecimal("100.00")), "taxed"))
            .build();

    TransactionResult result = fixture.run(parent);

    assertThat(result.status()).isEqualTo(TransactionStatus.SUCCEEDED);
    @SuppressWarnings("unchecked")
    Map<String, Object> taxed = (Map<String, Object>) result.variables().get("taxed");
    assertThat((BigDecimal) taxed.get("gross")).isEqualByComparingTo("120.00");
    assertThat(result.variables()).doesNotContainKey("gross");
  }

  @Test
  void aConditionThatIsNotABooleanFailsTheTransactionWithAClearMessage() {
    EngineFixture f = fixture();
    ProcessDefinition definition =
        process("bad-condition")
            .step(when("'yes'", action("never", core("log"), Map.of("message", "x"), null)))
            .build();

    TransactionResult result = f.run(definition);

    assertThat(result.status()).isEqualTo(TransactionStatus.FAILED);
    assertThat(result.errorCode()).isEqualTo("EXPRESSION_ERROR");
    assertThat(result.errorMessage()).contains("must be true or false").contains("never");
  }

  @Test
  void aDryRunFakesConnectorActionsButStillFollowsTheControlFlow() {
    EngineFixture f = fixture();
    ProcessDefinition definition =
        process("dry")
            .application(dev.ferry.engine.testing.TestDefinitions.app("sys", f.fake, 1, Map.of()))
            .step(
                action(
                    "n",
                    core("set"),
                    Map.of("variables", Map.of("items", List.of("p", "q"))),
                    null))
            .step(
                forEach(
                    "each",
                    "items",
                    "it",
                    inApp(action("post", fakeCall(), Map.of("key", "${it}"), null), "sys")))
            .build();

    TransactionResult result =
        f.engine.run(definition, WorkItem.of(Map.of()), RunOptions.DEFAULT.asDryRun());

    assertThat(result.status()).isEqualTo(TransactionStatus.SUCCEEDED);
    assertThat(f.fake.calls).isEmpty();
    assertThat(f.fake.opened.get()).isZero();
    assertThat(f.ledger.steps(result.id())).hasSize(3);
  }
}
