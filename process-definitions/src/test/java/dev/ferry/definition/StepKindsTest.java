package dev.ferry.definition;

import static dev.ferry.definition.Loading.definition;
import static dev.ferry.definition.Loading.described;
import static dev.ferry.definition.Loading.load;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.engine.model.FailureKind;
import dev.ferry.engine.model.ProcessDefinition;
import dev.ferry.engine.model.Step;
import dev.ferry.engine.model.ValueTemplate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Calls, loops, groups, failures, checks and failure handlers. */
class StepKindsTest {

  @Test
  void readsBothFormsOfACallWithInputsAndSaveAs() {
    ProcessDefinition definition =
        load(
            definition(
                """
                steps:
                  - call: post-invoice
                    with: { amount: 12.50 }
                    save-as: posted
                  - call: { process: notify-vendor, with: { number: "${posted.number}" } }
                """));

    Step.CallStep first = (Step.CallStep) definition.steps().get(0);
    Step.CallStep second = (Step.CallStep) definition.steps().get(1);
    assertThat(first.process()).isEqualTo("post-invoice");
    assertThat(first.inputs())
        .containsEntry("amount", new ValueTemplate.Literal(new java.math.BigDecimal("12.50")));
    assertThat(first.saveAs()).isEqualTo("posted");
    assertThat(first.id()).isEqualTo("call-1");
    assertThat(second.process()).isEqualTo("notify-vendor");
    assertThat(second.inputs().get("number")).isInstanceOf(ValueTemplate.Interpolated.class);
  }

  @Test
  void namesTheLoopVariableItemUnlessAsIsGiven() {
    Step.ForEachStep loop =
        (Step.ForEachStep)
            load(definition(
                    """
                        inputs: { lines: list }
                        steps:
                          - for-each: lines
                            steps:
                              - action: log
                                with: { message: "${item.code}" }
                        """))
                .steps()
                .get(0);

    assertThat(loop.as()).isEqualTo("item");
    assertThat(loop.items().source()).isEqualTo("lines");
    assertThat(loop.steps()).hasSize(1);
  }

  @Test
  void forgetsTheLoopVariableAfterTheLoop() {
    String yaml =
        definition(
            """
            inputs: { lines: list }
            steps:
              - for-each: lines
                as: line
                steps:
                  - action: log
                    with: { message: "${line}" }
              - action: log
                with: { message: "${line}" }
            """);

    assertThat(described(yaml))
        .singleElement()
        .asString()
        .startsWith("11:25 unknown variable 'line'");
  }

  @Test
  void readsSystemFailuresAndTheirKind() {
    Step.FailStep fail =
        (Step.FailStep)
            load(definition("steps:\n  - fail: { kind: system, code: HOST_DOWN, message: down }\n"))
                .steps()
                .get(0);

    assertThat(fail.kind()).isEqualTo(FailureKind.SYSTEM);
    assertThat(fail.id()).isEqualTo("fail-1");
  }

  @Test
  void reportsEachMistakeInAFailStep() {
    assertThat(described(definition("steps:\n  - fail: { kind: fatal, code: no-total }\n")))
        .containsExactly(
            "4:11 fail: needs 'message:', a sentence for the person who reviews the case",
            "4:19 'kind' of fail: must be business or system, not 'fatal'",
            "4:32 'code' of fail: must be upper-case letters, digits and '_', such as NO_TOTAL,"
                + " not 'no-total'");
  }

  @Test
  void saysWhichKeysDoNotApplyToAStepsKind() {
    String yaml = definition("steps:\n  - action: log\n    with: { message: m }\n    as: x\n");

    assertThat(described(yaml)).containsExactly("6:5 'as' does not apply to an action step");
  }

  @Test
  void rejectsAZeroOrUnreadableTimeout() {
    String yaml =
        definition(
            "steps:\n  - action: log\n    with: { message: m }\n    timeout: 0s\n"
                + "  - action: log\n    with: { message: m }\n    timeout: soon\n");

    assertThat(described(yaml))
        .containsExactly(
            "6:14 timeout: must be longer than zero, such as 30s",
            "9:14 timeout: must be a duration, not the text 'soon'; write a number followed by ms,"
                + " s, m, h or d, such as 30s, 10m or 1h30m");
  }

  @Test
  void asksForOneOfTheStepKindsWhenAStepHasNone() {
    assertThat(described(definition("steps:\n  - id: nothing\n")))
        .containsExactly("4:5 a step needs one of action:, for-each:, steps:, call: or fail:");
  }

  @Test
  void bindsExpectAndVerifyToTheConnectorsCheckActionOrAnExplicitOne() {
    String yaml =
        definition(
            """
            applications:
              ledger: { connector: tn5250, host: h }
            steps:
              - app: ledger
                action: terminal.fill
                with: { fields: { A: "1" } }
                expect: { screen: Done }
                verify: { action: terminal.expect, screen: "Posted" }
            """);

    Step.ActionStep step = (Step.ActionStep) load(yaml).steps().get(0);

    assertThat(step.expect().action()).isEqualTo("terminal.expect");
    assertThat(step.verify().input().arguments())
        .containsEntry("screen", new ValueTemplate.Literal("Posted"));
  }

  @Test
  void letsSystemFailureStepsReadTheErrorAndTakesTheirRetryPolicy() {
    ProcessDefinition definition =
        load(
            definition(
                """
                steps:
                  - action: log
                    with: { message: go }
                on-failure:
                  system:
                    retry: { attempts: 2 }
                    steps:
                      - action: log
                        with: { message: "${error.message}", level: error }
                """));

    assertThat(definition.onFailure().systemRetry().attempts()).isEqualTo(2);
    assertThat(definition.onFailure().system()).hasSize(1);
    assertThat(definition.onFailure().business()).isEqualTo(List.of());
  }

  @Test
  void rejectsVariableNamesThatExpressionsCannotRead() {
    String yaml =
        definition("steps:\n  - action: log\n    with: { message: m }\n    save-as: log-result\n");

    assertThat(described(yaml))
        .containsExactly(
            "6:14 save-as: 'log-result' cannot be used in expressions; use letters, digits and '_'"
                + " and start with a letter, such as 'logResult'");
  }
}
