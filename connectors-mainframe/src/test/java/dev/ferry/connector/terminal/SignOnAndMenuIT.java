package dev.ferry.connector.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.connector.terminal.action.ExpectAction;
import dev.ferry.connector.terminal.action.MenuAction;
import dev.ferry.connector.terminal.action.ScreenOutput;
import dev.ferry.connector.terminal.action.SignOnAction;
import dev.ferry.engine.spi.BusinessException;
import dev.ferry.engine.spi.Evidence;
import dev.ferry.engine.testing.TestActionContext;
import dev.ferry.engine.testing.TestSecrets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignOnAndMenuIT {
  @TempDir Path data;
  private LedgerFixture ledger;

  @BeforeEach
  void start() {
    ledger = LedgerFixture.plain(data);
  }

  @AfterEach
  void stop() {
    ledger.close();
  }

  @Test
  void signsOnWithStoredCredentialsAndOpensInvoiceEntryFromTheMenu() {
    try (Terminal terminal = ledger.open()) {
      assertThat(terminal.screen().rows()).isEqualTo(24);
      assertThat(terminal.screen().cols()).isEqualTo(80);
      TestActionContext context = LedgerFixture.signOn(terminal);
      assertThat(terminal.screen().contains("AP Ledger Main Menu")).isTrue();

      ScreenOutput out = new MenuAction().execute(new MenuAction.Input("3", null, null), context);

      assertThat(out.title()).startsWith("APENTRY");
      new ExpectAction().execute(ExpectAction.Input.screen("Invoice Entry"), context);
      assertThat(terminal.screen().field("Vendor")).isPresent();
      assertThat(context.recordedEvidence())
          .filteredOn(e -> e.kind() == Evidence.Kind.SCREEN_TEXT)
          .extracting(Evidence::label)
          .contains("before", "after");
      assertThat(context.recordedEvidence())
          .extracting(Evidence::contentAsText)
          .noneMatch(text -> text.contains("ledger1"));
      // the screen after each step is also rendered as a PNG image
      assertThat(context.recordedEvidence())
          .filteredOn(e -> e.kind() == Evidence.Kind.SCREENSHOT)
          .isNotEmpty()
          .allSatisfy(
              e -> {
                assertThat(e.mediaType()).isEqualTo("image/png");
                assertThat(java.util.Arrays.copyOf(e.content(), 4))
                    .containsExactly(0x89, 'P', 'N', 'G');
              });
    }
  }

  @Test
  void aWrongPasswordIsABusinessFailureWithTheHostMessage() {
    try (Terminal terminal = ledger.open()) {
      TestActionContext context =
          TestActionContext.forSession(terminal)
              .withSecrets(TestSecrets.credentials("ledger-clerk", "apclerk", "wrong"));

      assertThatThrownBy(() -> new SignOnAction().execute(SignOnAction.Input.defaults(), context))
          .isInstanceOf(BusinessException.class)
          .hasMessageContaining("CPF1107 Password not correct")
          .hasMessageNotContaining("wrong")
          .extracting(e -> ((BusinessException) e).code())
          .isEqualTo("SIGN_ON_REJECTED");
    }
  }

  @Test
  void anInvalidMenuOptionShowsTheHostMessage() {
    try (Terminal terminal = ledger.open()) {
      TestActionContext context = LedgerFixture.signOn(terminal);

      ScreenOutput out = new MenuAction().execute(new MenuAction.Input("7", null, null), context);

      assertThat(out.message()).isEqualTo("Option 7 is not valid.");
    }
  }

  @Test
  void signingOffReturnsToTheSignOnScreen() {
    try (Terminal terminal = ledger.open()) {
      TestActionContext context = LedgerFixture.signOn(terminal);

      new MenuAction().execute(new MenuAction.Input("90", null, null), context);

      new ExpectAction()
          .execute(
              new ExpectAction.Input(null, null, "Sign On", 1, 37, List.of("User"), null), context);
      assertThat(terminal.isHealthy()).isTrue();
    }
  }
}
