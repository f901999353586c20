package dev.ferry.engine.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.engine.ledger.Ledger;
import dev.ferry.engine.ledger.LedgerConfig;
import dev.ferry.engine.ledger.NewTransaction;
import dev.ferry.engine.ledger.StepRecord;
import dev.ferry.engine.ledger.TransactionStatus;
import dev.ferry.engine.ledger.internal.HibernateLedger;
import dev.ferry.engine.spi.Evidence;
import dev.ferry.engine.spi.TransactionId;
import dev.ferry.engine.testing.TestDefinitions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuditChainTest {
  private LedgerConfig config;
  private Ledger ledger;
  private TransactionId first;
  private TransactionId second;

  @BeforeEach
  void writeTwoTransactions() {
    config = LedgerConfig.h2InMemory("audit" + UUID.randomUUID());
    ledger = HibernateLedger.open(config);
    var definition = TestDefinitions.process("audited").build();
    ledger.saveDefinition(definition);
    first = transaction(definition.sha256(), TransactionStatus.SUCCEEDED);
    second = transaction(definition.sha256(), TransactionStatus.BUSINESS_FAILED);
  }

  private TransactionId transaction(String sha, TransactionStatus end) {
    TransactionId id = TransactionId.random();
    Instant t = Instant.parse("2026-03-01T10:00:00.123456789Z");
    ledger.createTransaction(
        new NewTransaction(id, sha, "audited", 1, null, 0, null, false, "{}", t, null));
    ledger.markStarted(id, t);
    for (int seq = 1; seq <= 3; seq++) {
      StepRecord started =
          new StepRecord(
              seq,
              "s" + seq,
              "s" + seq,
              "set",
              null,
              "{\"n\":" + seq + "}",
              null,
              null,
              "STARTED",
              null,
              null,
              1,
              t,
              null);
      ledger.stepStarted(id, started);
      ledger.stepFinished(
          id,
          new StepRecord(
              seq,
              "s" + seq,
              "s" + seq,
              "set",
              null,
              "{\"n\":" + seq + "}",
              "{}",
              null,
              "SUCCEEDED",
              null,
              null,
              1,
              t,
              t.plusMillis(5)),
          List.of(Evidence.text(Evidence.Kind.SCREEN_TEXT, "after", "screen " + seq)));
    }
    ledger.transactionFinished(id, end, t.plusSeconds(1), "{}", null, null, null);
    return id;
  }

  @AfterEach
  void close() {
    ledger.close();
  }

  private void sql(String statement) throws Exception {
    try (Connection c = DriverManager.getConnection(config.jdbcUrl(), "sa", "");
        Statement s = c.createStatement()) {
      assertThat(s.executeUpdate(statement)).as(statement).isPositive();
    }
  }

  @Test
  void anUntouchedTrailVerifiesAndItsHeadCoversBothTransactions() {
    AuditChain.Verification all = new AuditChain(ledger).verifyAll();

    assertThat(all.problem()).isNull();
    assertThat(all.events()).isEqualTo(2 * (1 + 1 + 3 * 2 + 1));
    assertThat(all.seals()).isEqualTo(2);
    assertThat(all.head().seals()).isEqualTo(2);
    assertThat(new AuditChain(ledger).verify(first).intact()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"payload", "kind", "actor", "previous_hash", "hash"})
  void changingOneByteOfAnyColumnOfAnEventIsDetectedAndNamesTheEvent(String column)
      throws Exception {
    String value = column;
    sql(
        "update ferry_audit_event set "
            + value
            + " = concat(substring("
            + value
            + ", 1, char_length("
            + value
            + ") - 1), 'X') where transaction_id = '"
            + first
            + "' and seq = 5");

    AuditChain.Verification result = new AuditChain(ledger).verifyAll();

    assertThat(result.intact()).isFalse();
    assertThat(result.problem()).contains("transaction " + first).contains("event #");
  }

  @Test
  void changingAnEventsTimeIsDetected() throws Exception {
    sql(
        "update ferry_audit_event set at = dateadd('SECOND', 1, at) where transaction_id = '"
            + first
            + "' and seq = 2");

    assertThat(new AuditChain(ledger).verify(first).problem())
        .contains("event #2")
        .contains("does not match its hash");
  }

  @Test
  void removingAnEventIsDetected() throws Exception {
    sql("delete from ferry_audit_event where transaction_id = '" + second + "' and seq = 4");

    assertThat(new AuditChain(ledger).verifyAll().problem())
        .contains("transaction " + second)
        .contains("removed or inserted");
  }

  @Test
  void removingAWholeTransactionsTrailIsDetectedByItsSeal() throws Exception {
    sql("delete from ferry_audit_event where transaction_id = '" + second + "'");

    assertThat(new AuditChain(ledger).verifyAll().problem())
        .contains("seal #2")
        .contains("removed");
  }

  @Test
  void changingASealIsDetected() throws Exception {
    sql("update ferry_audit_seal set events = events - 1 where seq = 1");

    assertThat(new AuditChain(ledger).verifyAll().problem()).contains("seal #1");
  }

  @Test
  void operatorActionsJoinTheTransactionsChainWithWhoDidThem() {
    ledger.recordOperatorAction(second, "alice", "resolve", "skip-step s2");

    List<AuditEvent> events = ledger.auditEvents(second);
    assertThat(events.get(events.size() - 1).actor()).isEqualTo("alice");
    assertThat(events.get(events.size() - 1).kind()).isEqualTo("OPERATOR_RESOLVE");
    assertThat(new AuditChain(ledger).verifyAll().intact()).isTrue();
  }
}
