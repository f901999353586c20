package dev.ferry.engine.ledger;

import static dev.ferry.engine.ledger.LedgerContractTest.newTransaction;
import static dev.ferry.engine.ledger.LedgerContractTest.started;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.engine.audit.AuditChain;
import dev.ferry.engine.ledger.internal.HibernateLedger;
import dev.ferry.engine.model.ProcessDefinition;
import dev.ferry.engine.spi.TransactionId;
import dev.ferry.engine.testing.TestDefinitions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * H2 can lose its last commits when its process is killed. The H2 file ledger therefore also notes
 * every step start in {@code ledger.intents}, and puts back a start the database lost when it opens
 * again, so the engine treats that step as interrupted instead of never started.
 */
class IntentLogTest {
  private static final Instant T0 = Instant.parse("2026-12-05T09:00:00Z");

  @TempDir Path dataDirectory;

  @Test
  void aStepStartTheDatabaseLostIsPutBackAsAStartedStep() throws Exception {
    LedgerConfig config = LedgerConfig.h2File(dataDirectory);
    Path intents = dataDirectory.resolve("ledger.intents");
    try (Ledger beforeTheCrash = HibernateLedger.open(config)) {
      TransactionId tx = startedTransaction(beforeTheCrash);
      beforeTheCrash.stepStarted(tx, started(1, "post-invoice"));
      assertThat(Files.readString(intents)).contains(tx.value()).contains("post-invoice");

      forgetStepStarts(config, tx);
      assertThat(beforeTheCrash.steps(tx)).isEmpty();

      // The node comes back without having closed the ledger, as after a kill.
      try (Ledger afterTheRestart = HibernateLedger.open(config)) {
        List<StepRecord> steps = afterTheRestart.steps(tx);
        assertThat(steps).hasSize(1);
        assertThat(steps.get(0).stepPath()).isEqualTo("post-invoice");
        assertThat(steps.get(0).outcome()).isEqualTo("STARTED");
        assertThat(steps.get(0).inputJson()).isEqualTo("{\"Amount\":\"12.50\"}");
        assertThat(new AuditChain(afterTheRestart).verify(tx).problem()).isNull();
        assertThat(afterTheRestart.auditEvents(tx))
            .anySatisfy(e -> assertThat(e.payload()).contains("restoredFrom"));
        assertThat(intents).doesNotExist();
      }
    }
  }

  @Test
  void aStartTheDatabaseKeptIsNotAddedTwice() {
    LedgerConfig config = LedgerConfig.h2File(dataDirectory);
    try (Ledger beforeTheCrash = HibernateLedger.open(config)) {
      TransactionId tx = startedTransaction(beforeTheCrash);
      beforeTheCrash.stepStarted(tx, started(1, "post-invoice"));
      try (Ledger afterTheRestart = HibernateLedger.open(config)) {
        assertThat(afterTheRestart.steps(tx)).hasSize(1);
        assertThat(afterTheRestart.auditEvents(tx))
            .noneSatisfy(e -> assertThat(e.payload()).contains("restoredFrom"));
      }
    }
  }

  @Test
  void aCleanCloseLeavesNoIntentLog() {
    LedgerConfig config = LedgerConfig.h2File(dataDirectory);
    try (Ledger ledger = HibernateLedger.open(config)) {
      ledger.stepStarted(startedTransaction(ledger), started(1, "post-invoice"));
      assertThat(dataDirectory.resolve("ledger.intents")).exists();
    }
    assertThat(dataDirectory.resolve("ledger.intents")).doesNotExist();
  }

  private static TransactionId startedTransaction(Ledger ledger) {
    ProcessDefinition definition = TestDefinitions.process("intents").build();
    ledger.saveDefinition(definition);
    TransactionId id =
        ledger.createTransaction(newTransaction(definition, "INV-1", T0)).transaction().id();
    assertThat(ledger.markStarted(id, T0)).isTrue();
    return id;
  }

  /** What H2 falling back to an older state of its file looks like: the starts are gone. */
  private static void forgetStepStarts(LedgerConfig config, TransactionId tx) throws Exception {
    try (Connection c = DriverManager.getConnection(config.jdbcUrl(), config.username(), "")) {
      for (String sql :
          List.of(
              "delete from ferry_step where transaction_id = ?",
              "delete from ferry_audit_event where transaction_id = ? and kind = 'STEP_STARTED'")) {
        try (PreparedStatement delete = c.prepareStatement(sql)) {
          delete.setString(1, tx.value());
          assertThat(delete.executeUpdate()).isEqualTo(1);
        }
      }
    }
  }
}
