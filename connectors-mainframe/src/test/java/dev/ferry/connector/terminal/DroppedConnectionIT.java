package dev.ferry.connector.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.connector.terminal.action.PressAction;
import dev.ferry.connector.terminal.testhost.HostOptions;
import dev.ferry.connector.terminal.testhost.InvoiceBook;
import dev.ferry.engine.spi.Evidence;
import dev.ferry.engine.spi.SystemException;
import dev.ferry.engine.testing.TestActionContext;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DroppedConnectionIT {
  @TempDir Path data;

  @Test
  void aDroppedConnectionIsASystemFailureWithTheLastScreenAndAReopenedSessionWorks() {
    try (LedgerFixture ledger =
        new LedgerFixture(InvoiceBook.demo(), HostOptions.plain().droppingAfter(1), data)) {
      Terminal first = ledger.open();
      TestActionContext context = TestActionContext.forSession(first);

      assertThatThrownBy(
              () -> new PressAction().execute(new PressAction.Input("enter", null), context))
          .isInstanceOf(SystemException.class)
          .hasMessageContaining("closed the connection after ENTER")
          .satisfies(
              e ->
                  assertThat(((SystemException) e).evidence())
                      .extracting(Evidence::contentAsText)
                      .anyMatch(t -> t.contains("Sign On")));
      assertThat(first.isHealthy()).isFalse();
      first.close();

      // what the engine does before a retry: close the unhealthy session and open a new one
      try (Terminal second = ledger.open()) {
        assertThat(second.isHealthy()).isTrue();
        assertThat(second.screen().contains("Sign On")).isTrue();
      }
    }
  }
}
