package dev.ferry.connector.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.connector.terminal.action.FillAction;
import dev.ferry.connector.terminal.action.MenuAction;
import dev.ferry.connector.terminal.action.ReadAction;
import dev.ferry.connector.terminal.action.ScreenOutput;
import dev.ferry.connector.terminal.testhost.Invoice;
import dev.ferry.engine.spi.BusinessException;
import dev.ferry.engine.spi.Evidence;
import dev.ferry.engine.testing.TestActionContext;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InvoiceEntryIT {
  @TempDir Path data;
  private LedgerFixture ledger;
  private Terminal terminal;
  private TestActionContext context;

  @BeforeEach
  void openInvoiceEntry() {
    ledger = LedgerFixture.plain(data);
    terminal = ledger.open();
    context = LedgerFixture.signOn(terminal);
    new MenuAction().execute(new MenuAction.Input("3", null, null), context);
  }

  @AfterEach
  void stop() {
    terminal.close();
    ledger.close();
  }

  private static FillAction.Input header(String vendor, String number, String amount) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("Vendor", vendor);
    fields.put("Invoice no", number);
    fields.put("Invoice date", "2026-11-20");
    fields.put("Amount", amount);
    return new FillAction.Input(fields, "enter", false, null);
  }

  @Test
  void anUnknownVendorComesBackOnTheMessageLineAndPostsNothing() {
    ScreenOutput out = new FillAction().execute(header("V999", "INV-1", "10.00"), context);

    assertThat(out.message()).isEqualTo("Vendor V999 not found.");
    assertThat(ledger.host.invoices()).isEmpty();
    assertThat(terminal.screen().field("Vendor").orElseThrow().value()).isEqualTo("V999");
  }

  @Test
  void aNonNumericAmountFailsTheStepWhenMessagesAreErrors() {
    Map<String, String> fields = new LinkedHashMap<>(header("V100", "INV-2", "12,50x").fields());

    assertThatThrownBy(
            () ->
                new FillAction()
                    .execute(new FillAction.Input(fields, "enter", true, null), context))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("Amount 12,50x is not a valid number.")
        .extracting(e -> ((BusinessException) e).code())
        .isEqualTo("HOST_REJECTED");
    assertThat(ledger.host.invoices()).isEmpty();
  }

  @Test
  void anErrorOnTheErrorLineFailsTheStepAtOnceAndTheSessionTakesCorrectedInput() {
    Map<String, String> fields = new LinkedHashMap<>(header("V100", "INV-3", "-5").fields());
    FillAction.Input negative =
        new FillAction.Input(fields, "enter", false, Duration.ofSeconds(20));
    long started = System.nanoTime();

    assertThatThrownBy(() -> new FillAction().execute(negative, context))
        .isInstanceOf(HostRejectedException.class)
        .hasMessageContaining(
            "error on the error line: \"Amount must be greater than zero, with at most 2"
                + " decimals.\"")
        .extracting(e -> ((BusinessException) e).code())
        .isEqualTo("HOST_REJECTED");
    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .as("not the step's timeout")
        .isLessThan(Duration.ofSeconds(20));
    assertThat(terminal.screen().keyboardLocked()).as("reset, as an operator would").isFalse();

    fields.put("Amount", "5.00");
    ScreenOutput posted =
        new FillAction().execute(new FillAction.Input(fields, "enter", false, null), context);
    assertThat(posted.message()).isEqualTo("Invoice INV-3 for vendor V100 posted as entry 1001.");
  }

  @Test
  void aValidHeaderIsPostedAndCanBeReadBack() {
    ScreenOutput out =
        new FillAction().execute(header("v200", "INV-2026-00731", "1234.56"), context);

    assertThat(out.message())
        .isEqualTo("Invoice INV-2026-00731 for vendor V200 posted as entry 1001.");
    List<Invoice> invoices = ledger.host.invoices();
    assertThat(invoices).hasSize(1);
    Invoice posted = invoices.get(0);
    assertThat(posted.vendor()).isEqualTo("V200");
    assertThat(posted.number()).isEqualTo("INV-2026-00731");
    assertThat(posted.date()).isEqualTo(LocalDate.of(2026, 11, 20));
    assertThat(posted.amount()).isEqualByComparingTo(new BigDecimal("1234.56"));
    assertThat(posted.enteredBy()).isEqualTo("APCLERK");
    assertThat(context.recordedEvidence())
        .filteredOn(e -> e.kind() == Evidence.Kind.FIELDS)
        .extracting(Evidence::contentAsText)
        .anyMatch(t -> t.contains("Invoice no (6,25) = INV-2026-00731"));
  }

  @Test
  void aValueLongerThanItsFieldIsABusinessFailureBeforeAnythingIsTyped() {
    assertThatThrownBy(
            () -> new FillAction().execute(header("V100", "X".repeat(16), "1.00"), context))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("holds 15");
    assertThat(terminal.screen().field("Vendor").orElseThrow().value()).isEmpty();
  }

  @Test
  void anUnknownFieldLabelIsASystemFailureListingTheFieldsOnScreen() {
    Map<String, String> fields = Map.of("Supplier", "V100");

    assertThatThrownBy(
            () ->
                new FillAction()
                    .execute(new FillAction.Input(fields, "enter", false, null), context))
        .isInstanceOf(TerminalException.class)
        .hasMessageContaining("No field 'Supplier'")
        .hasMessageContaining("'Vendor' at 5,25");
  }

  @Test
  void readsFieldsByLabelAndTextByPosition() {
    new FillAction().execute(header("V300", "", "5"), context);

    ReadAction.Output out =
        new ReadAction()
            .execute(
                new ReadAction.Input(
                    List.of("Vendor", "8,25"),
                    Map.of("vendorName", new dev.ferry.connector.terminal.action.Area(5, 36, 30))),
                context);

    assertThat(out.values())
        .containsEntry("Vendor", "V300")
        .containsEntry("8,25", "5")
        .containsEntry("vendorName", "Blue River Logistics");
    assertThat(out.message()).isEqualTo("Invoice number is required.");
  }
}
