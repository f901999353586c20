package dev.ferry.engine.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.engine.audit.AuditChain;
import dev.ferry.engine.audit.AuditEvent;
import dev.ferry.engine.ledger.internal.HibernateLedger;
import dev.ferry.engine.model.ProcessDefinition;
import dev.ferry.engine.spi.Evidence;
import dev.ferry.engine.spi.TransactionId;
import dev.ferry.engine.testing.TestDefinitions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The ledger's behaviour that every database must give identically. Each database gets a subclass
 * that says where the ledger lives; the ledger is opened once per class (running the migrations)
 * and the tests keep apart by using definitions and business keys of their own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class LedgerContractTest {
  // A fixed instant with microseconds: the precision both databases keep.
  private static final Instant T0 = Instant.parse("2026-11-22T05:00:00.123456Z");

  protected Ledger ledger;
  private LedgerConfig config;

  /** Where the ledger under test lives: a database no other test class uses. */
  protected abstract LedgerConfig ledgerConfig();

  @BeforeAll
  void openLedger() {
    config = ledgerConfig();
    ledger = HibernateLedger.open(config);
  }

  @AfterAll
  void closeLedger() {
    if (ledger != null) {
      ledger.close();
    }
  }

  private ProcessDefinition savedDefinition() {
    ProcessDefinition definition =
        TestDefinitions.process("invoice-" + UUID.randomUUID().toString().substring(0, 8)).build();
    ledger.saveDefinition(definition);
    return definition;
  }

  static NewTransaction newTransaction(
      ProcessDefinition definition, String businessKey, Instant createdAt) {
    return new NewTransaction(
        TransactionId.random(),
        definition.sha256(),
        definition.name(),
        definition.version(),
        businessKey,
        5,
        createdAt.plusSeconds(4 * 3600),
        false,
        "{\"amount\":\"12.50\",\"vendor\":\"Müller & Søn\"}",
        createdAt,
        "{\"amount\":{\"$decimal\":\"12.50\"}}");
  }

  static StepRecord started(int seq, String path) {
    return new StepRecord(
        seq,
        path,
        "post",
        "terminal.fill",
        "ledger",
        "{\"Amount\":\"12.50\"}",
        null,
        null,
        "STARTED",
        null,
        null,
        1,
        T0.plusSeconds(seq),
        null);
  }

  private static StepRecord finished(StepRecord step, String outcome, String output) {
    return new StepRecord(
        step.seq(),
        step.stepPath(),
        step.stepId(),
        step.action(),
        step.application(),
        step.inputJson(),
        output,
        "{\"posted\":true}",
        outcome,
        null,
        null,
        step.attempt(),
        step.startedAt(),
        step.startedAt().plusMillis(1500));
  }

  @Test
  void appliesEveryMigrationUnchanged() {
    Flyway flyway =
        Flyway.configure()
            .dataSource(
                config.jdbcUrl(),
                config.username(),
                config.password() == null ? null : config.password().reveal())
            .locations("classpath:db/migration")
            .table("ferry_schema_history")
            .load();

    MigrationInfoService info = flyway.info();

    assertThat(info.pending()).isEmpty();
    assertThat(info.applied())
        .isNotEmpty()
        .hasSameSizeAs(info.all())
        .allSatisfy(m -> assertThat(m.getState().isFailed()).as(m.getScript()).isFalse());
    assertThat(info.applied()).extracting(MigrationInfo::getScript).contains("V1__ledger.sql");
    assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
  }

  @Test
  void storesADefinitionOnceAndReturnsItsSource() {
    ProcessDefinition definition = savedDefinition();
    ledger.saveDefinition(definition);

    assertThat(ledger.definitionSource(definition.sha256())).contains(definition.sourceText());
    assertThat(ledger.definitionSource("0".repeat(64))).isEmpty();
  }

  @Test
  void createsATransactionQueuedWithWhatItWasGiven() {
    ProcessDefinition definition = savedDefinition();
    NewTransaction tx = newTransaction(definition, "INV-2026-00731", T0);

    Ledger.Created created = ledger.createTransaction(tx);

    assertThat(created.isNew()).isTrue();
    TransactionRecord stored = ledger.transaction(tx.id()).orElseThrow();
    assertThat(stored).isEqualTo(created.transaction());
    assertThat(stored.status()).isEqualTo(TransactionStatus.QUEUED);
    assertThat(stored.definitionName()).isEqualTo(definition.name());
    assertThat(stored.definitionSha256()).isEqualTo(definition.sha256());
    assertThat(stored.businessKey()).isEqualTo("INV-2026-00731");
    assertThat(stored.priority()).isEqualTo(5);
    assertThat(stored.dueAt()).isEqualTo(T0.plusSeconds(4 * 3600));
    assertThat(stored.createdAt()).isEqualTo(T0);
    assertThat(stored.inputsJson()).isEqualTo(tx.inputsJson());
    assertThat(ledger.resumeState(tx.id())).contains(tx.resumeStateJson());
    assertThat(stored.startedAt()).isNull();
    assertThat(stored.lastStepSeq()).isZero();
    assertThat(ledger.transaction(TransactionId.random())).isEmpty();
  }

  @Test
  void startsOnlyATransactionThatIsQueuedOrRunning() {
    NewTransaction tx = newTransaction(savedDefinition(), null, T0);
    ledger.createTransaction(tx);
    ledger.changeStatus(tx.id(), TransactionStatus.CANCELLED, "operator", "not needed");
    int eventsBefore = ledger.auditEvents(tx.id()).size();

    assertThat(ledger.markStarted(tx.id(), T0.plusSeconds(1))).isFalse();

    TransactionRecord stored = ledger.transaction(tx.id()).orElseThrow();
    assertThat(stored.status()).isEqualTo(TransactionStatus.CANCELLED);
    assertThat(stored.startedAt()).isNull();
    assertThat(ledger.auditEvents(tx.id())).hasSize(eventsBefore);

    NewTransaction waiting = newTransaction(savedDefinition(), null, T0);
    ledger.createTransaction(waiting);
    assertThat(ledger.markStarted(waiting.id(), T0.plusSeconds(1))).isTrue();
    assertThat(ledger.markStarted(waiting.id(), T0.plusSeconds(2))).as("resumed").isTrue();
    assertThat(ledger.auditEvents(waiting.id()))
        .extracting(AuditEvent::kind)
        .containsExactly("TRANSACTION_CREATED", "TRANSACTION_STARTED", "TRANSACTION_RESUMED");
  }

  @Test
  void returnsTheExistingTransactionForADuplicateBusinessKeyAndCreatesNothing() {
    ProcessDefinition definition = savedDefinition();
    NewTransaction first = newTransaction(definition, "msg-42@example.com", T0);
    NewTransaction duplicate = newTransaction(definition, "msg-42@example.com", T0.plusSeconds(9));
    ledger.createTransaction(first);

    Ledger.Created again = ledger.createTransaction(duplicate);

    assertThat(again.isNew()).isFalse();
    assertThat(again.transaction().id()).isEqualTo(first.id());
    assertThat(ledger.transaction(duplicate.id())).isEmpty();
  }

  @Test
  void keepsTransactionsWithoutABusinessKeyApart() {
    ProcessDefinition definition = savedDefinition();

    assertThat(ledger.createTransaction(newTransaction(definition, null, T0)).isNew()).isTrue();
    assertThat(ledger.createTransaction(newTransaction(definition, null, T0)).isNew()).isTrue();
  }

  @Test
  void createsExactlyOneTransactionWhenThreadsRaceWithTheSameBusinessKey() throws Exception {
    ProcessDefinition definition = savedDefinition();
    int racers = 4;
    ExecutorService threads = Executors.newFixedThreadPool(racers);
    try {
      for (int round = 0; round < 5; round++) {
        String key = "race-" + round;
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Ledger.Created>> results = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
          NewTransaction tx = newTransaction(definition, key, T0);
          results.add(
              threads.submit(
                  () -> {
                    go.await();
                    return ledger.createTransaction(tx);
                  }));
        }
        go.countDown();
        List<Ledger.Created> created = new ArrayList<>();
        for (Future<Ledger.Created> result : results) {
          created.add(result.get(30, TimeUnit.SECONDS));
        }

        assertThat(created).filteredOn(Ledger.Created::isNew).hasSize(1);
        assertThat(created)
            .extracting(c -> c.transaction().id())
            .containsOnly(
                created.stream()
                    .filter(Ledger.Created::isNew)
                    .findFirst()
                    .orElseThrow()
                    .transaction()
                    .id());
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void recordsAStepThatStartedButNeverFinishedAsStarted() {
    NewTransaction tx = newTransaction(savedDefinition(), null, T0);
    ledger.createTransaction(tx);
    ledger.markStarted(tx.id(), T0.plusSeconds(1));

    ledger.stepStarted(tx.id(), started(1, "post-invoice"));

    TransactionRecord record = ledger.transaction(tx.id()).orElseThrow();
    assertThat(record.status()).isEqualTo(TransactionStatus.RUNNING);
    assertThat(record.startedAt()).isEqualTo(T0.plusSeconds(1));
    assertThat(record.currentStep()).isEqualTo("post-invoice");
    assertThat(record.lastStepSeq()).isZero();
    assertThat(ledger.steps(tx.id()))
        .singleElement()
        .satisfies(
            step -> {
              assertThat(step.outcome()).isEqualTo("STARTED");
              assertThat(step.endedAt()).isNull();
              assertThat(step.startedAt()).isEqualTo(T0.plusSeconds(1));
            });
  }

  @Test
  void checkpointsAFinishedStepWithItsEvidenceBytesExactly() {
    NewTransaction tx = newTransaction(savedDefinition(), null, T0);
    ledger.createTransaction(tx);
    ledger.markStarted(tx.id(), T0);
    byte[] screenshot = new byte[300_000];
    new Random(7).nextBytes(screenshot);
    byte[] everyByte = new byte[256];
    for (int i = 0; i < 256; i++) {
      everyByte[i] = (byte) i;
    }
    List<Evidence> evidence =
        List.of(
            Evidence.screenshot("after", "image/png", screenshot),
            Evidence.text(Evidence.Kind.SCREEN_TEXT, "after", "Invoice Entry  Vendor: Müller ✓"),
            new Evidence(Evidence.Kind.FIELDS, "raw", "application/octet-stream", everyByte));

    StepRecord step = started(1, "lines[0]/fill-item");
    ledger.stepStarted(tx.id(), step);
    ledger.stepFinished(
        tx.id(), finished(step, "SUCCEEDED", "{\"screen\":\"Invoice Entry\"}"), evidence);

    assertThat(ledger.steps(tx.id()))
        .singleElement()
        .satisfies(
            stored -> {
              assertThat(stored.outcome()).isEqualTo("SUCCEEDED");
              assertThat(stored.outputJson()).isEqualTo("{\"screen\":\"Invoice Entry\"}");
              assertThat(stored.variablesDelta()).isEqualTo("{\"posted\":true}");
              assertThat(stored.endedAt()).isEqualTo(T0.plusSeconds(1).plusMillis(1500));
            });
    List<Evidence> stored = ledger.evidence(tx.id(), 1);
    assertThat(stored)
        .extracting(Evidence::kind)
        .containsExactly(Evidence.Kind.SCREENSHOT, Evidence.Kind.SCREEN_TEXT, Evidence.Kind.FIELDS);
    assertThat(stored.get(0).content()).isEqualTo(screenshot);
    assertThat(stored.get(0).mediaType()).isEqualTo("image/png");
    assertThat(stored.get(1).contentAsText()).isEqualTo("Invoice Entry  Vendor: Müller ✓");
    assertThat(stored.get(2).content()).isEqualTo(everyByte);
    assertThat(ledger.evidence(tx.id(), 2)).isEmpty();
    TransactionRecord record = ledger.transaction(tx.id()).orElseThrow();
    assertThat(record.lastStepSeq()).isEqualTo(1);
    assertThat(record.currentStep()).isEqualTo("lines[0]/fill-item");
  }

  @Test
  void recordsAWholeStepAttemptInOneGoWithItsStartAndEndAudited() {
    NewTransaction tx = newTransaction(savedDefinition(), "INV-RAN", T0);
    ledger.createTransaction(tx);
    ledger.markStarted(tx.id(), T0);
    StepRecord first = started(1, "open-form");
    ledger.stepStarted(tx.id(), first);
    ledger.stepFinished(tx.id(), finished(first, "SUCCEEDED", null), List.of());
    StepRecord second = finished(started(2, "fill-amount"), "SUCCEEDED", "{\"filled\":1}");

    ledger.stepRan(
        tx.id(), second, List.of(Evidence.text(Evidence.Kind.URL, "page", "http://portal/new")));

    assertThat(ledger.steps(tx.id())).containsExactly(finished(first, "SUCCEEDED", null), second);
    assertThat(ledger.evidence(tx.id(), 2))
        .singleElement()
        .extracting(Evidence::contentAsText)
        .isEqualTo("http://portal/new");
    TransactionRecord record = ledger.transaction(tx.id()).orElseThrow();
    assertThat(record.lastStepSeq()).isEqualTo(2);
    assertThat(record.currentStep()).isEqualTo("fill-amount");
    List<AuditEvent> events = ledger.auditEvents(tx.id());
    assertThat(events)
        .extracting(AuditEvent::kind)
        .containsExactly(
            "TRANSACTION_CREATED",
            "TRANSACTION_STARTED",
            "STEP_STARTED",
            "STEP_FINISHED",
            "STEP_STARTED",
            "STEP_FINISHED");
    assertThat(events.get(4).at()).isEqualTo(second.startedAt());
    assertThat(events.get(4).payload()).contains("\"path\":\"fill-amount\"", "Amount");
    assertThat(events.get(5).at()).isEqualTo(second.endedAt());
    assertThat(events.get(5).payload()).contains("\"outcome\":\"SUCCEEDED\"", "filled");
    assertThat(new AuditChain(ledger).verify(tx.id()).problem()).isNull();
  }

  @Test
  void listsStepsInOrderAndFinishesTheTransactionWithItsError() {
    NewTransaction tx = newTransaction(savedDefinition(), "INV-9", T0);
    ledger.createTransaction(tx);
    ledger.markStarted(tx.id(), T0);
    for (int seq = 1; seq <= 3; seq++) {
      StepRecord step = started(seq, "step-" + seq);
      ledger.stepStarted(tx.id(), step);
      ledger.stepFinished(
          tx.id(), finished(step, seq == 3 ? "SYSTEM_FAILED" : "SUCCEEDED", null), List.of());
    }
    String bigVariables = "{\"notes\":\"" + "x".repeat(200_000) + "\"}";

    ledger.transactionFinished(
        tx.id(),
        TransactionStatus.FAILED,
        T0.plusSeconds(60),
        bigVariables,
        "system",
        "HOST_DOWN",
        "the host ledger.example.com:23 did not answer after 3 attempts");

    assertThat(ledger.steps(tx.id())).extracting(StepRecord::seq).containsExactly(1, 2, 3);
    assertThat(ledger.steps(tx.id()))
        .extracting(StepRecord::outcome)
        .containsExactly("SUCCEEDED", "SUCCEEDED", "SYSTEM_FAILED");
    TransactionRecord record = ledger.transaction(tx.id()).orElseThrow();
    assertThat(record.status()).isEqualTo(TransactionStatus.FAILED);
    assertThat(record.endedAt()).isEqualTo(T0.plusSeconds(60));
    assertThat(record.variablesJson()).isEqualTo(bigVariables);
    assertThat(record.errorKind()).isEqualTo("system");
    assertThat(record.errorCode()).isEqualTo("HOST_DOWN");
    assertThat(record.errorMessage()).contains("ledger.example.com:23");
    assertThat(record.currentStep()).isNull();
    assertThat(record.lastStepSeq()).isEqualTo(3);
  }

  @Test
  void queriesTransactionsByStatusNewestFirstAndSinceAnInstantOldestFirst() {
    // Far in the future, so that no other test's transactions are newer or later.
    Instant base = Instant.parse("2200-01-01T00:00:00Z");
    ProcessDefinition definition = savedDefinition();
    List<TransactionId> ids = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      NewTransaction tx = newTransaction(definition, "q-" + i, base.plus(i, ChronoUnit.HOURS));
      ledger.createTransaction(tx);
      ids.add(tx.id());
    }
    ledger.transactionFinished(
        ids.get(1), TransactionStatus.IN_DOUBT, base, null, null, null, null);
    ledger.transactionFinished(
        ids.get(3), TransactionStatus.IN_DOUBT, base, null, null, null, null);

    assertThat(ledger.transactions(null, 3))
        .extracting(TransactionRecord::id)
        .containsExactly(ids.get(3), ids.get(2), ids.get(1));
    assertThat(ledger.transactions(TransactionStatus.IN_DOUBT, 10))
        .extracting(TransactionRecord::id)
        .startsWith(ids.get(3), ids.get(1));
    assertThat(ledger.transactions(TransactionStatus.IN_DOUBT, 1))
        .extracting(TransactionRecord::id)
        .containsExactly(ids.get(3));
    assertThat(ledger.transactionsSince(base.plus(1, ChronoUnit.HOURS)))
        .extracting(TransactionRecord::id)
        .containsExactly(ids.get(1), ids.get(2), ids.get(3));
    assertThat(ledger.transactionsSince(base.plus(5, ChronoUnit.HOURS))).isEmpty();
  }
}
