package dev.ferry.definition;

import static dev.ferry.definition.Loading.load;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.engine.model.ApplicationSpec;
import dev.ferry.engine.model.FailureKind;
import dev.ferry.engine.model.InputSpec;
import dev.ferry.engine.model.ProcessDefinition;
import dev.ferry.engine.model.RateLimit;
import dev.ferry.engine.model.RetryPolicy;
import dev.ferry.engine.model.Step;
import dev.ferry.engine.model.TriggerSpec;
import dev.ferry.engine.model.ValueTemplate;
import dev.ferry.engine.model.ValueType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefinitionLoaderTest {
  static final String VALID =
      """
      process: invoice-posting
      version: 3
      description: Post invoices.
      inputs:
        limit: decimal
        invoices: list
        region: { type: text, default: EU }
      trigger:
        schedule: { cron: "0 0 6 ? * MON-FRI", time-zone: Europe/Berlin }
      applications:
        ledger: { connector: tn5250, host: "${config.ledger.host}", max-sessions: 4, rate-limit: 10/s, retry: { attempts: 5, backoff: 2s } }
        smtp: { connector: mail, host: smtp.example.com, from: ap@example.com }
      steps:
        - id: init
          action: set
          with: { variables: { count: 0, total: 12.50 } }
        - action: ledger.post
          with: { amount: 12.50, date: 2024-12-31, copies: 2 }
          timeout: 30s
        - for-each: "${invoices}"
          as: invoice
          steps:
            - app: ledger
              action: terminal.fill
              with: { fields: { Amount: "${invoice.total}", Vendor: "007" }, key: page-down }
              expect: { screen: "Invoice Entry" }
              idempotent: false
        - if: "total > limit"
          fail: { code: OVER_LIMIT, message: "Total ${total} is over ${limit}" }
        - action: http.request
          with: { url: "https://x.example/${region}", expect-status: [200, 201] }
          retry: { attempts: 4, backoff: 1s, max-backoff: 1m }
          save-as: response
        - app: smtp
          action: mail.send
          with: { to: ops@example.com, subject: "Status ${response.status}", body: done }
      on-failure:
        business:
          - action: log
            with: { message: "Rejected: ${error.message}", level: warn }
        system: { retry: { attempts: 3, backoff: 30s, max-backoff: 10m } }
      """;

  @Test
  void loadsEverySectionOfAValidDefinitionIntoTheModel() throws Exception {
    ProcessDefinition definition = load(VALID);

    assertThat(definition.name()).isEqualTo("invoice-posting");
    assertThat(definition.version()).isEqualTo(3);
    assertThat(definition.inputs())
        .extracting(InputSpec::name, InputSpec::type, InputSpec::required, InputSpec::defaultValue)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("limit", ValueType.DECIMAL, true, null),
            org.assertj.core.groups.Tuple.tuple("invoices", ValueType.LIST, true, null),
            org.assertj.core.groups.Tuple.tuple("region", ValueType.TEXT, false, "EU"));
    assertThat(definition.trigger())
        .isEqualTo(new TriggerSpec.Schedule("0 0 6 ? * MON-FRI", "Europe/Berlin", "run-once"));
    ApplicationSpec ledger = definition.applications().get("ledger");
    assertThat(ledger.maxSessions()).isEqualTo(4);
    assertThat(ledger.rateLimit()).isEqualTo(new RateLimit(10, Duration.ofSeconds(1)));
    assertThat(ledger.retry())
        .isEqualTo(new RetryPolicy(5, Duration.ofSeconds(2), Duration.ofMinutes(5)));
    assertThat(ledger.config().arguments().get("host"))
        .isInstanceOf(ValueTemplate.Interpolated.class);
    assertThat(definition.onFailure().systemRetry())
        .isEqualTo(new RetryPolicy(3, Duration.ofSeconds(30), Duration.ofMinutes(10)));
    assertThat(definition.onFailure().business()).hasSize(1);
    assertThat(definition.sourceText()).isEqualTo(VALID);
    assertThat(definition.sha256())
        .isEqualTo(
            HexFormat.of()
                .formatHex(
                    MessageDigest.getInstance("SHA-256")
                        .digest(VALID.getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void bindsWithMapsToTheActionInputRecordKeepingLiteralsAsWritten() {
    List<Step> steps = load(VALID).steps();

    Step.ActionStep post = (Step.ActionStep) steps.get(1);
    assertThat(post.input().type()).isEqualTo(TestConnectors.PostInput.class);
    assertThat(post.input().arguments())
        .containsEntry("amount", new ValueTemplate.Literal(new BigDecimal("12.50")))
        .containsEntry("date", new ValueTemplate.Literal("2024-12-31"))
        .containsEntry("copies", new ValueTemplate.Literal(2L));
    assertThat(post.timeout()).isEqualTo(Duration.ofSeconds(30));

    Step.ForEachStep loop = (Step.ForEachStep) steps.get(2);
    Step.ActionStep fill = (Step.ActionStep) loop.steps().get(0);
    assertThat(fill.application()).isEqualTo("ledger");
    assertThat(fill.input().arguments().get("key"))
        .isEqualTo(new ValueTemplate.Literal("page-down"));
    ValueTemplate.MapOf fields = (ValueTemplate.MapOf) fill.input().arguments().get("fields");
    assertThat(fields.entries().get("Vendor")).isEqualTo(new ValueTemplate.Literal("007"));
    assertThat(fields.entries().get("Amount")).isInstanceOf(ValueTemplate.Interpolated.class);
    assertThat(fill.expect().action()).isEqualTo("terminal.expect");
    assertThat(fill.expect().input().arguments())
        .containsEntry("screen", new ValueTemplate.Literal("Invoice Entry"));
    assertThat(fill.idempotent()).isFalse();

    Step.ActionStep http = (Step.ActionStep) steps.get(4);
    assertThat(http.input().arguments().get("expectStatus"))
        .isEqualTo(
            new ValueTemplate.ListOf(
                List.of(new ValueTemplate.Literal(200L), new ValueTemplate.Literal(201L))));
    assertThat(http.saveAs()).isEqualTo("response");

    Step.ActionStep mail = (Step.ActionStep) steps.get(5);
    assertThat(mail.input().arguments().get("to"))
        .isEqualTo(new ValueTemplate.ListOf(List.of(new ValueTemplate.Literal("ops@example.com"))));
  }

  @Test
  void readsFailStepsAndBareConditions() {
    Step.FailStep fail = (Step.FailStep) load(VALID).steps().get(3);

    assertThat(fail.kind()).isEqualTo(FailureKind.BUSINESS);
    assertThat(fail.code()).isEqualTo("OVER_LIMIT");
    assertThat(fail.message().source()).isEqualTo("Total ${total} is over ${limit}");
    assertThat(fail.condition().source()).isEqualTo("total > limit");
  }

  @Test
  void generatesUniqueIdsForStepsWithoutOne() {
    String yaml =
        Loading.definition(
            """
            steps:
              - action: log
                with: { message: a }
              - id: log-2
                action: log
                with: { message: b }
              - action: log
                with: { message: c }
              - steps:
                  - action: http.request
                    with: { url: "https://example.com" }
            """);

    List<Step> steps = load(yaml).steps();

    assertThat(steps).extracting(Step::id).containsExactly("log-1", "log-2", "log-3", "group-1");
    assertThat(((Step.GroupStep) steps.get(3)).steps().get(0).id()).isEqualTo("http-request-1");
  }

  @Test
  void recordsWhereEachStepStarts() {
    List<Step> steps = load(VALID).steps();

    assertThat(steps.get(0).location().line()).isEqualTo(14);
    assertThat(steps.get(0).location().column()).isEqualTo(5);
    assertThat(steps.get(0).location().file()).isEqualTo("test.yaml");
  }
}
