package dev.ferry.connector.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.connector.terminal.action.ExpectAction;
import dev.ferry.connector.terminal.action.TypeAction;
import dev.ferry.connector.terminal.action.WaitForAction;
import dev.ferry.engine.spi.Evidence;
import dev.ferry.engine.spi.SystemException;
import dev.ferry.engine.testing.TestActionContext;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExpectAndWaitIT {
  @TempDir Path data;
  private LedgerFixture ledger;
  private Terminal terminal;
  private TestActionContext context;

  @BeforeEach
  void open() {
    ledger = LedgerFixture.plain(data);
    terminal = ledger.open();
    context = TestActionContext.forSession(terminal);
  }

  @AfterEach
  void stop() {
    terminal.close();
    ledger.close();
  }

  @Test
  void expectMatchesTextAtAPositionAndASetOfLabels() {
    new ExpectAction()
        .execute(
            new ExpectAction.Input(null, null, "Sign On", 1, 37, List.of("User", "Password"), null),
            context);
  }

  @Test
  void anUnexpectedScreenIsASystemFailureCarryingTheScreenText() {
    assertThatThrownBy(
            () ->
                new ExpectAction()
                    .execute(
                        new ExpectAction.Input(
                            "Invoice Entry", null, null, null, null, null, Duration.ofMillis(50)),
                        context))
        .isInstanceOf(SystemException.class)
        .hasMessageContaining("Unexpected screen: \"Invoice Entry\" is not on it")
        .satisfies(
            e ->
                assertThat(((SystemException) e).evidence())
                    .extracting(Evidence::contentAsText)
                    .anyMatch(t -> t.contains("Sign On")));
  }

  @Test
  void waitForTimesOutNamingWhatDidNotAppear() {
    assertThatThrownBy(
            () ->
                new WaitForAction()
                    .execute(
                        new WaitForAction.Input("Main Menu", null, true, Duration.ofMillis(100)),
                        context))
        .isInstanceOf(TerminalException.class)
        .hasMessageContaining("The text \"Main Menu\" did not appear after waiting PT0.1S");
  }

  @Test
  void typeWritesAtAPositionInsideAField() {
    new TypeAction().execute(new TypeAction.Input("CLERK", 6, 55, null, null), context);

    assertThat(terminal.screen().field("User").orElseThrow().value()).isEqualTo("  CLERK");
  }

  @Test
  void typingOutsideAnInputFieldSaysWhichFieldsExist() {
    assertThatThrownBy(
            () -> new TypeAction().execute(new TypeAction.Input("X", 1, 1, null, null), context))
        .isInstanceOf(TerminalException.class)
        .hasMessageContaining("no input field at row 1 col 1")
        .hasMessageContaining("'User' at 6,53");
  }
}
