package dev.ferry.definition;

import static dev.ferry.definition.Loading.definition;
import static dev.ferry.definition.Loading.described;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each kind of problem, with the exact line and column it is reported at. */
class DefinitionProblemsTest {

  @Test
  void suggestsTheClosestKeyForAnUnknownTopLevelKey() {
    assertThat(described(definition("stepz:\n  - action: log\n")))
        .contains("3:1 unknown key 'stepz' in the definition; did you mean 'steps'?");
  }

  @Test
  void aPriorityIsAWholeNumberFromZero() {
    assertThat(
            Loading.load(
                    definition("priority: 7\nsteps:\n  - action: log\n    with: { message: hi }\n"))
                .priority())
        .isEqualTo(7);
    assertThat(
            Loading.load(definition("steps:\n  - action: log\n    with: { message: hi }\n"))
                .priority())
        .isZero();
    assertThat(
            described(
                definition("priority: -1\nsteps:\n  - action: log\n    with: { message: hi }\n")))
        .singleElement()
        .asString()
        .startsWith("3:11 priority:");
  }

  @Test
  void aDeadlineIsADurationLongerThanZero() {
    String steps = "steps:\n  - action: log\n    with: { message: hi }\n";
    assertThat(Loading.load(definition("deadline: 1h30m\n" + steps)).deadline())
        .isEqualTo(java.time.Duration.ofMinutes(90));
    assertThat(Loading.load(definition(steps)).deadline()).isNull();
    assertThat(described(definition("deadline: soon\n" + steps)))
        .singleElement()
        .asString()
        .startsWith("3:11 deadline: must be a duration");
    assertThat(described(definition("deadline: 0s\n" + steps)))
        .containsExactly("3:11 deadline: must be longer than 0, such as 4h");
  }

  @Test
  void suggestsTheClosestKeyForAnUnknownStepKey() {
    assertThat(described(definition("steps:\n  - action: log\n    wiht: { message: hi }\n")))
        .contains("5:5 unknown key 'wiht' in a step; did you mean 'with'?");
  }

  @Test
  void reportsAnUnknownActionWithTheClosestKnownName() {
    assertThat(described(definition("steps:\n  - action: lgo\n")))
        .containsExactly("4:13 unknown action lgo; did you mean 'log'?");
  }

  @Test
  void reportsAMissingRequiredInputWithItsHelp() {
    assertThat(described(definition("steps:\n  - action: log\n    with: { level: warn }\n")))
        .containsExactly(
            "5:5 with: of action log needs 'message' (The text to log.); add message: <value>");
  }

  @Test
  void reportsAnUnknownApplicationListingTheDeclaredOnes() {
    String yaml =
        definition(
            """
            applications:
              ledger: { connector: tn5250, host: h }
            steps:
              - app: ledgr
                action: terminal.fill
                with: { fields: { A: b } }
            """);

    assertThat(described(yaml))
        .containsExactly(
            "6:10 unknown application 'ledgr'; did you mean 'ledger'? (the applications are"
                + " ledger)");
  }

  @Test
  void reportsABadExpressionAtTheCharacterWhereItGoesWrong() {
    String yaml =
        definition("steps:\n  - action: log\n    with: { message: \"Total ${1 +} due\" }\n");

    assertThat(described(yaml))
        .singleElement()
        .asString()
        .isEqualTo(
            "5:34 'message' in with: of action log has an invalid ${...} expression: the"
                + " expression ends too early; something is missing");
  }

  @Test
  void namesBothLinesOfADuplicateStepId() {
    String yaml =
        definition(
            """
            steps:
              - id: greet
                action: log
                with: { message: a }
              - id: greet
                action: log
                with: { message: b }
            """);

    assertThat(described(yaml))
        .containsExactly(
            "7:9 step id 'greet' is used twice, on line 4 and line 7; give each step its own id");
  }

  @Test
  void reportsALiteralOfTheWrongType() {
    String yaml =
        definition(
            "steps:\n  - action: ledger.post\n    with: { amount: lots, date: 2024-13-45 }\n");

    assertThat(described(yaml))
        .containsExactly(
            "5:21 'amount' in with: of action ledger.post: expected a decimal number such as"
                + " 1234.50 but got 'lots' (write no thousands separators and use '.' for the"
                + " decimals)",
            "5:33 'date' in with: of action ledger.post: expected a date such as 2024-05-31 but"
                + " got '2024-13-45'");
  }

  @Test
  void reportsAnUnknownVariableWithASuggestion() {
    String yaml =
        definition(
            """
            inputs:
              invoice: map
            steps:
              - if: "invoce.total > 0"
                action: log
                with: { message: "ok" }
            """);

    assertThat(described(yaml))
        .containsExactly(
            "6:10 unknown variable 'invoce' in the if: condition; did you mean 'invoice'? (declare"
                + " it under inputs:, or save a step's output with save-as: before this step)");
  }

  @Test
  void knowsVariablesSavedBySetAndSaveAsOnlyAfterTheirStep() {
    String yaml =
        definition(
            """
            steps:
              - action: log
                with: { message: "${count}" }
              - action: set
                with: { variables: { count: 0 } }
              - action: log
                with: { message: "${count}" }
            """);

    assertThat(described(yaml))
        .singleElement()
        .asString()
        .startsWith("5:25 unknown variable 'count' in 'message' in with: of action log");
  }

  @Test
  void pointsAtTheUnknownVariableInsideItsExpressionNotAtTheSameWordInTheText() {
    String yaml =
        definition("steps:\n  - action: log\n    with: { message: \"count is ${count}\" }\n");

    assertThat(described(yaml))
        .singleElement()
        .asString()
        .startsWith("5:34 unknown variable 'count'");
  }

  @Test
  void knowsTheErrorVariableOnlyInsideFailureHandlers() {
    String yaml =
        definition(
            """
            steps:
              - action: log
                with: { message: "${error.code}" }
            on-failure:
              business:
                - action: log
                  with: { message: "${error.code}" }
            """);

    assertThat(described(yaml))
        .singleElement()
        .asString()
        .startsWith("5:25 unknown variable 'error'");
  }

  @Test
  void saysWhichKeysConflictWhenAStepIsTwoKindsAtOnce() {
    String yaml = definition("steps:\n  - action: log\n    fail: { code: X, message: m }\n");

    assertThat(described(yaml))
        .containsExactly(
            "4:5 a step is exactly one of action, for-each, steps (a group), call or fail; this"
                + " one has both 'action' and 'fail'; split it into separate steps");
  }

  @Test
  void asksForAnApplicationWhenTheActionsConnectorNeedsSettings() {
    assertThat(described(definition("steps:\n  - action: mail.send\n    with: { to: a@b.c }\n")))
        .containsExactly(
            "4:13 action mail.send needs an application: add app: naming an application whose"
                + " connector is mail");
  }

  @Test
  void asksForAnApplicationWhenSeveralConnectorsOfferTheAction() {
    assertThat(described(definition("steps:\n  - action: terminal.fill\n")))
        .containsExactly(
            "4:13 action terminal.fill is offered by the connectors tn5250, tn3270; add app:"
                + " naming the application it runs in");
  }

  @Test
  void reportsAnActionThatCannotRunOnThisMachine() {
    String yaml = definition("steps:\n  - action: desktop.click\n    with: { screen: x }\n");

    assertThat(described(yaml))
        .containsExactly("4:13 action desktop.click cannot run on this machine: Windows only");
  }

  @Test
  void listsTheInstalledConnectorsForAnUnknownConnector() {
    String yaml =
        definition(
            "applications:\n  portal: { connector: wbe }\nsteps:\n  - action: log\n    with: { message: m }\n");

    assertThat(described(yaml))
        .containsExactly(
            "4:24 unknown connector 'wbe' in application 'portal' (the connectors installed are"
                + " core, mail, tn3270, tn5250)");
  }

  @Test
  void reportsAnUnknownConfigKeyOfAnApplication() {
    String yaml =
        definition(
            "applications:\n  smtp: { connector: mail, hots: h, from: f }\nsteps:\n  - action: log\n    with: { message: m }\n");

    assertThat(described(yaml))
        .containsExactly(
            "4:3 application 'smtp' (connector mail) needs 'host' (The SMTP host.); add host: <value>",
            "4:28 unknown key 'hots' in application 'smtp' (connector mail); did you mean 'host'?");
  }

  @Test
  void reportsExpectOnAConnectorWithoutACheckAction() {
    String yaml =
        definition(
            """
            applications:
              smtp: { connector: mail, host: h, from: f }
            steps:
              - app: smtp
                action: mail.send
                with: { to: [a@b.c], subject: s, body: b }
                expect: { sent: true }
            """);

    assertThat(described(yaml))
        .containsExactly(
            "9:13 connector mail has no check action for expect:; add 'action: <name>' inside"
                + " expect: to choose one");
  }

  @Test
  void rejectsAnInvalidCronExpressionAndRegularExpression() {
    String yaml =
        definition(
            """
            trigger:
              schedule: { cron: "0 0 25 * * ?" }
            steps:
              - action: log
                with: { message: m }
            """);
    String mail =
        definition(
            """
            trigger:
              mailbox: { account: ap, subject: "(?i)invoice[" }
            steps:
              - action: log
                with: { message: m }
            """);

    assertThat(described(yaml))
        .containsExactly(
            "4:21 'cron' of trigger schedule: the hours field '25' has '25', outside 0-23");
    assertThat(described(mail))
        .singleElement()
        .asString()
        .startsWith("4:36 'subject' is not a valid regular expression: Unclosed character class");
  }

  @Test
  void reportsDuplicateKeysAtTheSecondOne() {
    assertThat(
            described(
                definition("version: 2\nsteps:\n  - action: log\n    with: { message: m }\n")))
        .containsExactly(
            "3:1 key 'version' appears twice in the definition (first on line 2); keep only one");
  }

  @Test
  void requiresProcessVersionAndSteps() {
    assertThat(described("description: nothing else\n"))
        .containsExactly(
            "1:1 the definition needs 'process: <name>', such as 'process: invoice-intake'",
            "1:1 the definition needs 'version: <number>', such as 'version: 1'",
            "1:1 the definition needs steps:, the list of steps to run");
  }
}
