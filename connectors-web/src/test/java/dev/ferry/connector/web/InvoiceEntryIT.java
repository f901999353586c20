package dev.ferry.connector.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.connector.web.action.CheckAction;
import dev.ferry.connector.web.action.ClickAction;
import dev.ferry.connector.web.action.ExpectAction;
import dev.ferry.connector.web.action.FillAction;
import dev.ferry.connector.web.action.FillFormAction;
import dev.ferry.connector.web.action.OpenAction;
import dev.ferry.connector.web.action.ReadTableAction;
import dev.ferry.connector.web.action.ReadTextAction;
import dev.ferry.connector.web.action.SelectAction;
import dev.ferry.connector.web.action.WaitForAction;
import dev.ferry.connector.web.internal.WebSession;
import dev.ferry.connector.web.portal.Invoice;
import dev.ferry.engine.testing.TestActionContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class InvoiceEntryIT {
  static PortalFixture fixture;
  static WebSession session;

  @BeforeAll
  static void signOn() {
    fixture = new PortalFixture();
    session = fixture.open(fixture.signedOnConfig());
  }

  @AfterAll
  static void close() {
    session.close();
    fixture.close();
  }

  @Test
  void showsTheValidationErrorThenSavesTheCorrectedInvoice() {
    TestActionContext context = fixture.context(session);
    new OpenAction().execute(new OpenAction.Input("/invoices/new"), context);
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("#number", "INV-2024-0500");
    fields.put("#supplier", "Globex Corporation");
    fields.put("#amount", "12,50");
    fields.put("#due-date", LocalDate.of(2025, 3, 31));
    fields.put("#urgent", true);
    new FillFormAction().execute(new FillFormAction.Input(fields, "#save"), context);

    new ExpectAction()
        .execute(new ExpectAction.Input("#amount-error", null, null, null, null), context);
    var error = new ReadTextAction().execute(new ReadTextAction.Input("#amount-error"), context);
    assertThat(error.text())
        .isEqualTo("Amount must be a positive number with at most two decimals");

    new FillAction().execute(new FillAction.Input("#amount", "12.50", null), context);
    new CheckAction().execute(new CheckAction.Input("#urgent", true), context);
    new ClickAction().execute(new ClickAction.Input("#save"), context);
    new ExpectAction()
        .execute(
            new ExpectAction.Input(null, "Invoice INV-2024-0500 saved.", null, null, null),
            context);

    assertThat(fixture.portal.invoices())
        .contains(
            new Invoice(
                "INV-2024-0500",
                "GLOBEX",
                new BigDecimal("12.50"),
                LocalDate.of(2025, 3, 31),
                true));
  }

  @Test
  void entersThreeInvoicesAndReadsThemBackAcrossPages() {
    TestActionContext context = fixture.context(session);
    List<String> numbers = List.of("INV-2024-0601", "INV-2024-0602", "INV-2024-0603");
    for (int i = 0; i < numbers.size(); i++) {
      new OpenAction().execute(new OpenAction.Input("/invoices/new"), context);
      Map<String, Object> fields = new LinkedHashMap<>();
      fields.put("#number", numbers.get(i));
      fields.put("#supplier", "ACME");
      fields.put("#amount", new BigDecimal("1000.0" + i));
      fields.put("#due-date", "2025-04-0" + (i + 1));
      new FillFormAction().execute(new FillFormAction.Input(fields, "#save"), context);
      new ExpectAction()
          .execute(new ExpectAction.Input("#message", null, null, null, null), context);
    }

    new OpenAction().execute(new OpenAction.Input("/invoices"), context);
    var table =
        new ReadTableAction()
            .execute(new ReadTableAction.Input("#invoices", "#next-page", null), context);

    int total = fixture.portal.invoices().size();
    assertThat(table.rowCount()).isEqualTo(total).isEqualTo(table.rows().size());
    assertThat(table.pages()).isEqualTo((total + 4) / 5).isGreaterThan(1);
    assertThat(table.rows().get(0).keySet())
        .containsExactly("Number", "Supplier", "Amount", "Due date", "Status");
    assertThat(table.rows())
        .extracting(row -> row.get("Number"))
        .containsSubsequence(numbers)
        .doesNotHaveDuplicates();
    assertThat(table.rows())
        .filteredOn(row -> row.get("Number").equals("INV-2024-0602"))
        .singleElement()
        .isEqualTo(
            Map.of(
                "Number", "INV-2024-0602",
                "Supplier", "ACME",
                "Amount", "1000.01",
                "Due date", "2025-04-02",
                "Status", "Open"));
  }

  @Test
  void selectsAnOptionByItsLabel() {
    TestActionContext context = fixture.context(session);
    new OpenAction().execute(new OpenAction.Input("/invoices/new"), context);

    var selected =
        new SelectAction().execute(new SelectAction.Input("#supplier", "Initech Inc"), context);

    assertThat(selected.selected()).containsExactly("INITECH");
  }

  @Test
  void waitsForTheSlowReportUntilItIsReady() {
    TestActionContext context = fixture.context(session);
    new OpenAction().execute(new OpenAction.Input("/report?delay=700"), context);

    new WaitForAction()
        .execute(new WaitForAction.Input(null, "Report ready", null, null, null), context);
    var total = new ReadTextAction().execute(new ReadTextAction.Input("#report-total"), context);

    assertThat(total.text()).isEqualTo("Open invoices: " + fixture.portal.invoices().size());
  }

  @Test
  void aWaitThatRunsOutIsASystemFailureNamingWhatItWaitedFor() {
    TestActionContext context = fixture.context(session);
    new OpenAction().execute(new OpenAction.Input("/report?delay=5000"), context);

    assertThatThrownBy(
            () ->
                new WaitForAction()
                    .execute(
                        new WaitForAction.Input(
                            "#report-total", null, null, null, Duration.ofMillis(300)),
                        context))
        .isInstanceOfSatisfying(
            WebException.class,
            e -> {
              assertThat(e.selector()).isEqualTo("#report-total");
              assertThat(e.url()).endsWith("/report?delay=5000");
            })
        .hasMessageContaining("web.wait-for for '#report-total' timed out after 300 ms");
  }

  @Test
  void expectsAUrlGlob() {
    TestActionContext context = fixture.context(session);
    new OpenAction().execute(new OpenAction.Input("/invoices?page=2"), context);

    new ExpectAction()
        .execute(new ExpectAction.Input(null, null, "**/invoices?page=2", null, null), context);
    assertThatThrownBy(
            () ->
                new ExpectAction()
                    .execute(
                        new ExpectAction.Input(
                            null, null, "**/statements", null, Duration.ofMillis(200)),
                        context))
        .isInstanceOf(WebException.class)
        .hasMessageContaining("expected URL '**/statements'");
  }
}
