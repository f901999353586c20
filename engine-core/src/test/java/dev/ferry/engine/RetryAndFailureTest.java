package dev.ferry.engine;

import static dev.ferry.engine.ControlFlowTest.core;
import static dev.ferry.engine.testing.TestDefinitions.action;
import static dev.ferry.engine.testing.TestDefinitions.app;
import static dev.ferry.engine.testing.TestDefinitions.fail;
import static dev.ferry.engine.testing.TestDefinitions.inApp;
import static dev.ferry.engine.testing.TestDefinitions.process;
import static dev.ferry.engine.testing.TestDefinitions.withRetry;
import static dev.ferry.engine.testing.TestDefinitions.withTimeout;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.engine.ledger.StepRecord;
import dev.ferry.engine.ledger.TransactionStatus;
import dev.ferry.engine.model.FailureKind;
import dev.ferry.engine.model.ProcessDefinition;
import dev.ferry.engine.model.RetryPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetryAndFailureTest {
  private static final RetryPolicy THREE_TRIES =
      new RetryPolicy(3, Duration.ofSeconds(10), Duration.ofSeconds(15));

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

  private ProcessDefinition oneCall(Map<String, Object> with, RetryPolicy retry) {
    return process("p")
        .application(app("sys", f.fake, 1, Map.of()))
        .step(
            withRetry(inApp(action("post", f.fake.actions().get(0), with, "posted"), "sys"), retry))
        .onBusinessFailure(
            action(
                "note", core("set"), Map.of("variables", Map.of("handled", "${error.code}")), null))
        .build();
  }

  @Test
  void retriesASystemFailureWithExponentialBackoffCappedAndJittered() {
    TransactionResult result = f.run(oneCall(Map.of("key", "inv-1", "failTimes", 2), THREE_TRIES));

    assertThat(result.status()).isEqualTo(TransactionStatus.SUCCEEDED);
    assertThat(f.fake.calls).containsExactly("inv-1");
    assertThat(f.sleeper.sleeps()).hasSize(2);
    assertThat(f.sleeper.sleeps().get(0)).isBetween(Duration.ofSeconds(8), Duration.ofSeconds(12));
    assertThat(f.sleeper.sleeps().get(1)).isBetween(Duration.ofSeconds(12), Duration.ofSeconds(15));
    assertThat(f.ledger.steps(result.id()))
        .extracting(StepRecord::outcome, StepRecord::attempt)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("SYSTEM_FAILED", 1),
            org.assertj.core.groups.Tuple.tuple("SYSTEM_FAILED", 2),
            org.assertj.core.groups.Tuple.tuple("SUCCEEDED", 3));
  }

  @Test
  void failsTheTransactionWhenRetriesRunOutAndKeepsTheEvidence() {
    TransactionResult result = f.run(oneCall(Map.of("key", "inv-2", "failTimes", 5), THREE_TRIES));

    assertThat(result.status()).isEqualTo(TransactionStatus.FAILED);
    assertThat(result.errorMessage()).contains("failed on attempt 3");
    assertThat(f.fake.calls).isEmpty();
    StepRecord last = f.ledger.steps(result.id()).get(2);
    assertThat(f.ledger.evidence(result.id(), last.seq()))
        .extracting(e -> e.contentAsText())
        .containsExactly("screen of inv-2");
  }

  @Test
  void neverRetriesABusinessFailureAndRunsTheBusinessHandler() {
    TransactionResult result =
        f.run(oneCall(Map.of("key", "inv-3", "businessCode", "NO_TOTAL"), THREE_TRIES));

    assertThat(result.status()).isEqualTo(TransactionStatus.BUSINESS_FAILED);
    assertThat(result.errorCode()).isEqualTo("NO_TOTAL");
    assertThat(f.sleeper.sleeps()).isEmpty();
    assertThat(f.fake.attempts.get("inv-3").get()).isEqualTo(1);
    assertThat(result.variables()).containsEntry("handled", "NO_TOTAL");
  }

  @Test
  void aFailStepEndsTheTransactionWithItsCodeAndInterpolatedMessage() {
    ProcessDefinition definition =
        process("rules")
            .step(action("n", core("set"), Map.of("variables", Map.of("number", "INV-9")), null))
            .step(
                fail(
                    "no-total",
                    "true",
                    FailureKind.BUSINESS,
                    "NO_TOTAL",
                    "Invoice ${number} has no total"))
            .step(action("after", core("set"), Map.of("variables", Map.of("reached", true)), null))
            .build();

    TransactionResult result = f.run(definition);

    assertThat(result.status()).isEqualTo(TransactionStatus.BUSINESS_FAILED);
    assertThat(result.errorMessage()).isEqualTo("Invoice INV-9 has no total");
    assertThat(result.variables()).doesNotContainKey("reached");
  }

  @Test
  void reopensAnUnhealthySessionBeforeRetrying() {
    f.fake.sessionsBreakOnFailure = true;

    TransactionResult result = f.run(oneCall(Map.of("key", "inv-4", "failTimes", 1), THREE_TRIES));

    assertThat(result.status()).isEqualTo(TransactionStatus.SUCCEEDED);
    assertThat(f.fake.opened.get()).isEqualTo(2);
    assertThat(f.fake.closed.get()).isEqualTo(2);
  }

  @Test
  void aStepThatOverrunsItsTimeoutIsASystemFailure() {
    Map<String, Object> slow = new HashMap<>(Map.of("key", "slow", "takes", "5s"));
    ProcessDefinition definition =
        process("slow")
            .application(app("sys", f.fake, 1, Map.of()))
            .step(
                withTimeout(
                    inApp(action("post", f.fake.actions().get(0), slow, null), "sys"),
                    Duration.ofMillis(200)))
            .build();

    TransactionResult result = f.run(definition);

    assertThat(result.status()).isEqualTo(TransactionStatus.FAILED);
    assertThat(result.errorMessage()).contains("did not finish within its timeout of PT0.2S");
  }

  @Test
  void closesEverySessionWhenTheTransactionEnds() {
    f.run(oneCall(Map.of("key", "inv-5"), RetryPolicy.NONE));

    assertThat(f.fake.opened.get()).isEqualTo(1);
    assertThat(f.fake.closed.get()).isEqualTo(1);
  }
}
