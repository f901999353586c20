package dev.ferry.engine;

import static dev.ferry.engine.ControlFlowTest.core;
import static dev.ferry.engine.testing.TestDefinitions.action;
import static dev.ferry.engine.testing.TestDefinitions.app;
import static dev.ferry.engine.testing.TestDefinitions.inApp;
import static dev.ferry.engine.testing.TestDefinitions.process;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.engine.core.CoreConnector;
import dev.ferry.engine.expr.ValueCodec;
import dev.ferry.engine.ledger.Ledger;
import dev.ferry.engine.ledger.StepRecord;
import dev.ferry.engine.ledger.TransactionRecord;
import dev.ferry.engine.ledger.TransactionStatus;
import dev.ferry.engine.model.InputSpec;
import dev.ferry.engine.model.ProcessDefinition;
import dev.ferry.engine.model.SourceLocation;
import dev.ferry.engine.model.ValueType;
import dev.ferry.engine.spi.FerryException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerCheckpointTest {
  @TempDir Path work;
  private EngineFixture f;

  @BeforeEach
  void start() {
    f = new EngineFixture(work);
  }

  @AfterEach
  void stop() {
    f.close();
  }

  private ProcessDefinition invoiceProcess() {
    return process("invoice")
        .input(
            new InputSpec(
                "amount", ValueType.DECIMAL, true, null, false, "", SourceLocation.UNKNOWN))
        .input(new InputSpec("pin", ValueType.TEXT, false, null, true, "", SourceLocation.UNKNOWN))
        .application(app("sys", f.fake, 1, Map.of()))
        .step(
            action(
                "double", core("set"), Map.of("variables", Map.of("twice", "${amount * 2}")), null))
        .step(
            inApp(
                action("post", f.fake.actions().get(0), Map.of("key", "${pin}"), "posted"), "sys"))
        .build();
  }

  @Test
  void recordsTheTransactionAndEveryStepWithTimingsInputsOutputsAndEvidence() {
    TransactionResult result =
        f.run(invoiceProcess(), Map.of("amount", "12.50", "pin", "4711-secret"));

    TransactionRecord tx = f.ledger.transaction(result.id()).orElseThrow();
    assertThat(tx.status()).isEqualTo(TransactionStatus.SUCCEEDED);
    assertThat(tx.startedAt()).isNotNull();
    assertThat(tx.endedAt()).isNotNull();
    assertThat(tx.lastStepSeq()).isEqualTo(2);
    assertThat(tx.inputsJson()).contains("12.50").doesNotContain("4711-secret");
    List<StepRecord> steps = f.ledger.steps(result.id());
    assertThat(steps).extracting(StepRecord::outcome).containsExactly("SUCCEEDED", "SUCCEEDED");
    assertThat(steps.get(1).application()).isEqualTo("sys");
    assertThat(steps.get(1).outputJson()).contains("\"attempt\":1");
    assertThat(steps.get(1).endedAt()).isAfterOrEqualTo(steps.get(1).startedAt());
    assertThat(f.ledger.evidence(result.id(), 2)).hasSize(1);
  }

  @Test
  void aStepThatIsNotIdempotentDoesNotActUntilTheStepsBeforeItAreRecorded() {
    // "double" is idempotent, so its record is written while "post" starts; this ledger fails it.
    Ledger failing =
        (Ledger)
            Proxy.newProxyInstance(
                Ledger.class.getClassLoader(),
                new Class<?>[] {Ledger.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("stepRan")) {
                    throw new FerryException("the ledger database went away");
                  }
                  try {
                    return method.invoke(f.ledger, args);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
    FerryEngine engine =
        new FerryEngine(
            EngineConfig.builder(failing)
                .connectors(new ConnectorRegistry(List.of(new CoreConnector(), f.fake)))
                .dataDirectory(work.resolve("data"))
                .workDirectory(work)
                .build());
    try {
      assertThatThrownBy(
              () ->
                  engine.run(
                      invoiceProcess(), WorkItem.of(Map.of("amount", "12.50")), RunOptions.DEFAULT))
          .hasMessageContaining("the ledger database went away");
    } finally {
      engine.close();
    }

    assertThat(f.fake.calls).isEmpty();
    TransactionRecord tx = f.ledger.transactions(TransactionStatus.RUNNING, 1).get(0);
    assertThat(f.ledger.steps(tx.id())).isEmpty();
  }

  @Test
  void storesEachStepsChangedVariablesLosslesslyForResuming() {
    TransactionResult result = f.run(invoiceProcess(), Map.of("amount", "12.50"));

    StepRecord first = f.ledger.steps(result.id()).get(0);
    Map<String, Object> delta = ValueCodec.decode(first.variablesDelta());
    assertThat(delta.get("twice")).isEqualTo(new BigDecimal("25.00"));
  }

  @Test
  void dropsADuplicateWorkItemByBusinessKeyAndRunsNothing() {
    WorkItem item =
        WorkItem.of(Map.of("amount", "1.00", "pin", "p-1")).withBusinessKey("<msg-1@example.com>");
    TransactionResult first = f.engine.run(invoiceProcess(), item, RunOptions.DEFAULT);
    TransactionResult second = f.engine.run(invoiceProcess(), item, RunOptions.DEFAULT);

    assertThat(second.duplicate()).isTrue();
    assertThat(second.id()).isEqualTo(first.id());
    assertThat(f.fake.attempts.values().stream().mapToInt(a -> a.get()).sum()).isEqualTo(1);
  }

  @Test
  void rejectsMissingUnknownAndMistypedInputsBeforeRecordingAnything() {
    assertThatThrownBy(() -> f.run(invoiceProcess(), Map.of("amout", "x")))
        .isInstanceOf(FerryException.class)
        .hasMessageContaining("unknown input 'amout'")
        .hasMessageContaining("input 'amount' is required");
    assertThatThrownBy(() -> f.run(invoiceProcess(), Map.of("amount", "twelve")))
        .hasMessageContaining("input 'amount'");
    assertThat(f.ledger.transactions(null, 10)).isEmpty();
  }
}
