package dev.ferry.definition;

import static dev.ferry.definition.Loading.definition;
import static dev.ferry.definition.Loading.described;
import static dev.ferry.definition.Loading.load;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.engine.model.InputSpec;
import dev.ferry.engine.model.TriggerSpec;
import dev.ferry.engine.model.ValueType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Inputs, triggers and application policies. */
class SectionsTest {
  private static final String STEP = "steps:\n  - action: log\n    with: { message: m }\n";

  @Test
  void readsTypedInputDefaults() {
    var inputs =
        load(definition(
                "inputs:\n  due: { type: date, default: 2024-12-31 }\n"
                    + "  cap: { type: decimal, default: 100 }\n"
                    + "  secret: { type: text, required: false, sensitive: true }\n"
                    + STEP))
            .inputs();

    assertThat(inputs)
        .extracting(InputSpec::defaultValue)
        .containsExactly(LocalDate.of(2024, 12, 31), new BigDecimal("100"), null);
    assertThat(inputs.get(2).sensitive()).isTrue();
    assertThat(inputs.get(2).required()).isFalse();
  }

  @Test
  void reportsAnUnknownInputTypeAndAMismatchedDefault() {
    String yaml =
        definition("inputs:\n  a: decimel\n  b: { type: integer, default: 1.5 }\n" + STEP);

    assertThat(described(yaml))
        .containsExactly(
            "4:6 unknown type 'decimel' for input 'a'; did you mean 'decimal'? (the types are text,"
                + " decimal, integer, boolean, date, datetime, list, map, document, any)",
            "5:32 the default of input 'b' must be a whole number, not the number 1.5");
  }

  @Test
  void fillsTheDefaultsOfMailboxAndFolderTriggers() {
    TriggerSpec mailbox =
        load(definition("trigger:\n  mailbox: { account: ap, attachments: \"*.pdf\" }\n" + STEP))
            .trigger();
    TriggerSpec folder = load(definition("trigger:\n  folder: { path: /in }\n" + STEP)).trigger();

    assertThat(mailbox).isEqualTo(new TriggerSpec.Mailbox("ap", "INBOX", null, null, "*.pdf"));
    assertThat(folder).isEqualTo(new TriggerSpec.Folder("/in", "*", Duration.ofSeconds(2)));
  }

  @Test
  void acceptsOnlyOneTriggerKind() {
    String yaml =
        definition(
            "trigger:\n  folder: { path: /in }\n  schedule: { cron: \"0 0 * * * ?\" }\n" + STEP);

    assertThat(described(yaml))
        .containsExactly(
            "4:3 trigger: has folder and schedule; a process has one trigger, so keep one");
  }

  @Test
  void reportsABadRateLimitAndARetryWhoseMaximumIsBelowItsBackoff() {
    String yaml =
        definition(
            "applications:\n  ledger: { connector: tn5250, host: h, rate-limit: fast, retry: {"
                + " backoff: 1m, max-backoff: 10s } }\n"
                + STEP);

    assertThat(described(yaml))
        .containsExactly(
            "4:53 'rate-limit' of application 'ledger' is 'fast', which is not a rate; write a"
                + " number of actions per period, such as 10/s, 100/min, 500/h or 5/30s",
            "4:94 'max-backoff' in 'retry' of application 'ledger' is shorter than 'backoff'; make"
                + " it at least as long");
  }

  @Test
  void requiresAKebabCaseProcessNameAndAPositiveVersion() {
    assertThat(described("process: Invoice Intake\nversion: 0\n" + STEP))
        .containsExactly(
            "1:10 the process name 'Invoice Intake' must be lower-case words joined by '-', such"
                + " as 'supplier-invoice-intake'",
            "2:10 version: must be a whole number of at least 1, not 0");
  }

  @Test
  void letsApplicationSettingsReadOnlyConfigAndEnv() {
    String yaml =
        definition(
            "inputs: { region: text }\napplications:\n  ledger: { connector: tn5250, host:"
                + " \"${env.HOST}.${region}\" }\n"
                + STEP);

    assertThat(described(yaml))
        .singleElement()
        .asString()
        .startsWith(
            "5:53 unknown variable 'region' in 'host' in application 'ledger' (connector tn5250);"
                + " the variables known here are config, env (application settings may only read"
                + " config and env)");
  }

  @Test
  void readsTheInputShortForm() {
    InputSpec input = load(definition("inputs:\n  total: decimal\n" + STEP)).inputs().get(0);

    assertThat(input.type()).isEqualTo(ValueType.DECIMAL);
    assertThat(input.required()).isTrue();
    assertThat(input.location().line()).isEqualTo(4);
  }
}
