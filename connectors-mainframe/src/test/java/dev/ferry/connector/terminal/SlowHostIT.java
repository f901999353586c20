package dev.ferry.connector.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.connector.terminal.action.PressAction;
import dev.ferry.connector.terminal.action.WaitForAction;
import dev.ferry.connector.terminal.testhost.HostOptions;
import dev.ferry.connector.terminal.testhost.InvoiceBook;
import dev.ferry.engine.testing.TestActionContext;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlowHostIT {
  private static final Duration DELAY = Duration.ofMillis(400);
  @TempDir Path data;

  @Test
  void waitsForASlowHostAndFailsWithALockedKeyboardWhenTheTimeoutIsShorter() {
    try (LedgerFixture ledger =
            new LedgerFixture(
                InvoiceBook.demo(), HostOptions.plain().withResponseDelay(DELAY), data);
        Terminal terminal = ledger.open()) {
      TestActionContext context = TestActionContext.forSession(terminal);

      long start = System.nanoTime();
      new PressAction().execute(new PressAction.Input("enter", null), context);
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertThat(took).isGreaterThanOrEqualTo(DELAY);
      assertThat(terminal.screen().messageLine()).isEqualTo("CPD0020 User profile is required.");

      assertThatThrownBy(
              () ->
                  new PressAction()
                      .execute(new PressAction.Input("enter", Duration.ofMillis(100)), context))
          .isInstanceOf(TerminalException.class)
          .hasMessageContaining("keyboard stayed locked for PT0.1S after ENTER");

      // the answer still arrives; wait-for sees the keyboard unlock
      new WaitForAction()
          .execute(
              new WaitForAction.Input("Sign On", "User", true, Duration.ofSeconds(5)), context);
      assertThat(terminal.screen().keyboardLocked()).isFalse();
    }
  }
}
