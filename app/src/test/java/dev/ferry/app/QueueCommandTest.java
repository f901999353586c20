package dev.ferry.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.engine.ledger.TransactionRecord;
import dev.ferry.engine.ledger.TransactionStatus;
import dev.ferry.engine.spi.TransactionId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** How {@code ferry queue} shows a transaction's deadline. */
class QueueCommandTest {
  private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

  private static TransactionRecord waiting(Instant dueAt) {
    return new TransactionRecord(
        TransactionId.random(),
        "invoice-intake",
        1,
        "0".repeat(64),
        "INV-1",
        TransactionStatus.QUEUED,
        0,
        dueAt,
        false,
        NOW.minus(Duration.ofHours(1)),
        null,
        null,
        0,
        null,
        "{}",
        null,
        null,
        null,
        null,
        null);
  }

  @Test
  void showsHowLongUntilTheDeadlineOrHowLongItIsOverdue() {
    assertThat(QueueCommand.due(waiting(NOW.plus(Duration.ofMinutes(185))), NOW))
        .isEqualTo("in 3 h 5 min");
    assertThat(QueueCommand.due(waiting(NOW.minus(Duration.ofMinutes(12))), NOW))
        .isEqualTo("OVERDUE 12 min");
    assertThat(waiting(NOW.minus(Duration.ofMinutes(12))).overdue(NOW)).isTrue();
    assertThat(QueueCommand.due(waiting(null), NOW)).isEmpty();
    assertThat(waiting(null).overdue(NOW)).isFalse();
  }
}
