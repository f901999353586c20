package dev.ferry.engine;

import static dev.ferry.engine.ControlFlowTest.core;
import static dev.ferry.engine.testing.TestDefinitions.action;
import static dev.ferry.engine.testing.TestDefinitions.app;
import static dev.ferry.engine.testing.TestDefinitions.inApp;
import static dev.ferry.engine.testing.TestDefinitions.process;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.engine.FakeSystem.Crash;
import dev.ferry.engine.audit.AuditChain;
import dev.ferry.engine.ledger.StepRecord;
import dev.ferry.engine.ledger.TransactionRecord;
import dev.ferry.engine.ledger.TransactionStatus;
import dev.ferry.engine.model.CheckSpec;
import dev.ferry.engine.model.ProcessDefinition;
import dev.ferry.engine.model.SourceLocation;
import dev.ferry.engine.model.Step;
import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.TransactionId;
import dev.ferry.engine.testing.TestDefinitions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResumeTest {
  @TempDir Path work;
  private final List<EngineFixture> nodes = new ArrayList<>();

  private EngineFixture firstNode() {
    EngineFixture node = new EngineFixture(work, b -> b);
    nodes.add(node);
    return node;
  }

  private EngineFixture restart(EngineFixture crashed, ProcessDefinition definition) {
    EngineFixture node =
        crashed.restarted(work, b -> b.definitionParser((file, text) -> definition));
    nodes.add(node);
    return node;
  }

  @AfterEach
  void stop() {
    nodes.forEach(EngineFixture::close);
  }

  private static Action<?, ?> fakeAction(EngineFixture node, String name) {
    return node.fake.actions().stream()
        .filter(a -> a.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  /** sign on, set a variable, post A, post B (the one that crashes), post C using the variable. */
  private ProcessDefinition posting(EngineFixture node, Boolean idempotent, boolean withVerify) {
    Step.ActionStep postB =
        inApp(action("post-b", fakeAction(node, "fake.call"), Map.of("key", "B"), null), "sys");
    CheckSpec verify =
        withVerify
            ? new CheckSpec(
                "fake.check",
                TestDefinitions.bind(FakeSystem.KeyInput.class, Map.of("key", "B")),
                SourceLocation.UNKNOWN)
            : null;
    postB =
        new Step.ActionStep(
            postB.id(),
            postB.location(),
            null,
            "sys",
            postB.action(),
            postB.input(),
            null,
            null,
            null,
            idempotent,
            verify,
            null);
    return process("posting")
        .application(app("sys", node.fake, 1, Map.of()))
        .step(
            inApp(
                action("sign-on", fakeAction(node, "fake.sign-on"), Map.of("key", "clerk"), null),
                "sys"))
        .step(
            action("remember", core("set"), Map.of("variables", Map.of("suffix", "-after")), null))
        .step(
            inApp(action("post-a", fakeAction(node, "fake.call"), Map.of("key", "A"), null), "sys"))
        .step(postB)
        .step(
            inApp(
                action("post-c", fakeAction(node, "fake.call"), Map.of("key", "C${suffix}"), null),
                "sys"))
        .build();
  }

  private TransactionId crashDuring(EngineFixture node, ProcessDefinition definition, Crash crash) {
    node.fake.crashes.put("B", crash);
    assertThatThrownBy(() -> node.run(definition)).isInstanceOf(FakeSystem.NodeDied.class);
    TransactionId id = node.ledger.transactions(TransactionStatus.RUNNING, 1).get(0).id();
    assertThat(node.ledger.transaction(id).orElseThrow().status())
        .isEqualTo(TransactionStatus.RUNNING);
    return id;
  }

  @Test
  void resumesAfterTheLastCommittedStepWithItsVariablesAndSignsOnAgain() {
    EngineFixture node = firstNode();
    ProcessDefinition definition = posting(node, true, false);
    TransactionId id = crashDuring(node, definition, Crash.BEFORE_EFFECT);

    TransactionResult result = restart(node, definition).engine.resume(id, RunOptions.DEFAULT);

    assertThat(result.status()).isEqualTo(TransactionStatus.SUCCEEDED);
    assertThat(node.fake.calls).containsExactly("A", "B", "C-after");
    assertThat(node.fake.signOns).containsExactly("clerk", "clerk");
  }

  @Test
  void reRunsAnInterruptedIdempotentStep() {
    EngineFixture node = firstNode();
    ProcessDefinition definition = posting(node, true, false);
    TransactionId id = crashDuring(node, definition, Crash.AFTER_EFFECT);
    // An idempotent step's start is committed with its end, so the crashed attempt left no record.
    assertThat(node.ledger.steps(id)).extracting(StepRecord::stepPath).doesNotContain("post-b");

    EngineFixture second = restart(node, definition);
    TransactionResult result = second.engine.resume(id, RunOptions.DEFAULT);

    assertThat(result.status()).isEqualTo(TransactionStatus.SUCCEEDED);
    assertThat(node.fake.calls).containsExactly("A", "B", "B", "C-after");
    assertThat(second.ledger.steps(id))
        .filteredOn(step -> step.stepPath().equals("post-b"))
        .extracting(StepRecord::outcome)
        .containsExactly("SUCCEEDED");
  }

  @Test
  void reRunsAnIdempotentStepWhoseStartAnOlderNodeRecorded() {
    EngineFixture node = firstNode();
    ProcessDefinition definition = posting(node, false, false);
    TransactionId id = crashDuring(node, definition, Crash.AFTER_EFFECT);

    EngineFixture second = restart(node, posting(node, true, false));
    TransactionResult result = second.engine.resume(id, RunOptions.DEFAULT);

    assertThat(result.status()).isEqualTo(TransactionStatus.SUCCEEDED);
    assertThat(second.ledger.steps(id)).extracting(StepRecord::outcome).contains("INTERRUPTED");
  }

  @Test
  void aVerifyShowingTheEffectPresentMarksTheStepDoneWithoutRunningItTwice() {
    EngineFixture node = firstNode();
    ProcessDefinition definition = posting(node, null, true);
    TransactionId id = crashDuring(node, definition, Crash.AFTER_EFFECT);

    EngineFixture second = restart(node, definition);
    TransactionResult result = second.engine.resume(id, RunOptions.DEFAULT);

    assertThat(result.status()).isEqualTo(TransactionStatus.SUCCEEDED);
    assertThat(node.fake.calls).containsExactly("A", "B", "C-after");
    assertThat(second.ledger.steps(id)).extracting(StepRecord::outcome).contains("VERIFIED");
  }

  @Test
  void aVerifyShowingTheEffectAbsentRunsTheStepAgain() {
    EngineFixture node = firstNode();
    ProcessDefinition definition = posting(node, null, true);
    TransactionId id = crashDuring(node, definition, Crash.BEFORE_EFFECT);

    TransactionResult result = restart(node, definition).engine.resume(id, RunOptions.DEFAULT);

    assertThat(result.status()).isEqualTo(TransactionStatus.SUCCEEDED);
    assertThat(node.fake.calls).containsExactly("A", "B", "C-after");
  }

  @Test
  void aNonIdempotentStepWithoutVerifyPutsTheTransactionInDoubtUntilAnOperatorSkipsIt() {
    EngineFixture node = firstNode();
    ProcessDefinition definition = posting(node, null, false);
    TransactionId id = crashDuring(node, definition, Crash.AFTER_EFFECT);
    EngineFixture second = restart(node, definition);

    TransactionResult doubtful = second.engine.resume(id, RunOptions.DEFAULT);
    assertThat(doubtful.status()).isEqualTo(TransactionStatus.IN_DOUBT);
    assertThat(doubtful.errorMessage()).contains("post-b").contains("ferry resolve " + id);

    TransactionResult resolved =
        second.engine.resolve(id, Resolution.SKIP_STEP, "alice", RunOptions.DEFAULT);

    assertThat(resolved.status()).isEqualTo(TransactionStatus.SUCCEEDED);
    assertThat(node.fake.calls).containsExactly("A", "B", "C-after");
    assertThat(second.ledger.auditEvents(id))
        .anyMatch(e -> e.actor().equals("alice") && e.kind().equals("OPERATOR_RESOLVE"));
    assertThat(new AuditChain(second.ledger).verifyAll().problem()).isNull();
  }

  @Test
  void anOperatorCanRetryTheStepInDoubtOrFailTheTransaction() {
    EngineFixture node = firstNode();
    ProcessDefinition definition = posting(node, null, false);
    TransactionId retried = crashDuring(node, definition, Crash.BEFORE_EFFECT);
    EngineFixture second = restart(node, definition);
    second.engine.resume(retried, RunOptions.DEFAULT);

    assertThat(
            second
                .engine
                .resolve(retried, Resolution.RETRY_STEP, "bob", RunOptions.DEFAULT)
                .status())
        .isEqualTo(TransactionStatus.SUCCEEDED);
    assertThat(node.fake.calls).containsExactly("A", "B", "C-after");

    node.fake.calls.clear();
    TransactionId failed = crashDuring(second, definition, Crash.AFTER_EFFECT);
    second.engine.resume(failed, RunOptions.DEFAULT);
    TransactionResult result =
        second.engine.resolve(failed, Resolution.FAIL, "bob", RunOptions.DEFAULT);
    assertThat(result.status()).isEqualTo(TransactionStatus.FAILED);
    assertThat(second.ledger.transaction(failed).orElseThrow().errorCode())
        .isEqualTo("FAILED_BY_OPERATOR");
  }

  /** post A, post B (fails once with a system failure, and has no retries), post C. */
  private ProcessDefinition flaky(EngineFixture node) {
    return process("flaky")
        .application(app("sys", node.fake, 1, Map.of()))
        .step(
            inApp(action("post-a", fakeAction(node, "fake.call"), Map.of("key", "A"), null), "sys"))
        .step(
            inApp(
                action(
                    "post-b",
                    fakeAction(node, "fake.call"),
                    Map.of("key", "B", "failTimes", 1),
                    null),
                "sys"))
        .step(
            inApp(action("post-c", fakeAction(node, "fake.call"), Map.of("key", "C"), null), "sys"))
        .build();
  }

  @Test
  void anOperatorRetryGivesTheFailedStepOneMoreAttemptAndCarriesOn() {
    EngineFixture node = firstNode();
    ProcessDefinition definition = flaky(node);
    TransactionResult failed = node.run(definition);
    assertThat(failed.status()).isEqualTo(TransactionStatus.FAILED);
    EngineFixture second = restart(node, definition);

    TransactionResult retried = second.engine.retry(failed.id(), "carol", RunOptions.DEFAULT);

    assertThat(retried.status()).isEqualTo(TransactionStatus.SUCCEEDED);
    assertThat(node.fake.calls).containsExactly("A", "B", "C");
    assertThat(second.ledger.auditEvents(failed.id()))
        .anyMatch(e -> e.actor().equals("carol") && e.kind().equals("OPERATOR_RETRY"));
    assertThat(new AuditChain(second.ledger).verifyAll().problem()).isNull();
    assertThatThrownBy(() -> second.engine.retry(failed.id(), "carol", RunOptions.DEFAULT))
        .hasMessageContaining("is SUCCEEDED; only a FAILED one can be retried");
  }

  @Test
  void aStopAskedForWhileNoNodeRanItTakesEffectWhenItResumes() {
    EngineFixture node = firstNode();
    ProcessDefinition definition = posting(node, null, false);
    TransactionId id = crashDuring(node, definition, Crash.BEFORE_EFFECT);
    EngineFixture second = restart(node, definition);

    TransactionRecord asked = second.engine.cancel(id, false, "dave", "wrong supplier");
    assertThat(asked.status()).isEqualTo(TransactionStatus.RUNNING);
    TransactionResult resumed = second.engine.resume(id, RunOptions.DEFAULT);

    assertThat(resumed.status()).isEqualTo(TransactionStatus.CANCELLED);
    assertThat(resumed.errorCode()).isEqualTo("CANCELLED_BY_OPERATOR");
    assertThat(resumed.errorMessage()).startsWith("stopped by dave: wrong supplier");
    assertThat(second.ledger.auditEvents(id))
        .anyMatch(e -> e.actor().equals("dave") && e.kind().equals("OPERATOR_STOP"));
    assertThat(new AuditChain(second.ledger).verifyAll().problem()).isNull();
    assertThatThrownBy(() -> second.engine.cancel(id, false, "dave", "again"))
        .hasMessageContaining("has already ended CANCELLED");
  }

  @Test
  void anOperatorCancelsATransactionInDoubt() {
    EngineFixture node = firstNode();
    ProcessDefinition definition = posting(node, null, false);
    TransactionId id = crashDuring(node, definition, Crash.AFTER_EFFECT);
    EngineFixture second = restart(node, definition);

    second.engine.resume(id, RunOptions.DEFAULT);
    TransactionRecord cancelled = second.engine.cancel(id, false, "dave", "wrong supplier");

    assertThat(cancelled.status()).isEqualTo(TransactionStatus.CANCELLED);
    assertThat(cancelled.errorMessage()).contains("dave").contains("wrong supplier");
    assertThat(second.ledger.auditEvents(id))
        .anyMatch(e -> e.actor().equals("dave") && e.kind().equals("OPERATOR_CANCEL"));
    assertThat(new AuditChain(second.ledger).verifyAll().problem()).isNull();
    assertThatThrownBy(
            () -> second.engine.resolve(id, Resolution.RETRY_STEP, "dave", RunOptions.DEFAULT))
        .hasMessageContaining("CANCELLED");
  }
}
