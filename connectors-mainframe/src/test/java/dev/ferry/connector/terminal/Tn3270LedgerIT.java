package dev.ferry.connector.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.connector.terminal.action.FillAction;
import dev.ferry.connector.terminal.action.MenuAction;
import dev.ferry.connector.terminal.action.ReadTableAction;
import dev.ferry.connector.terminal.action.ReadTableAction.Column;
import dev.ferry.connector.terminal.action.ScreenOutput;
import dev.ferry.connector.terminal.testhost.ApLedgerHost;
import dev.ferry.connector.terminal.testhost.HostOptions;
import dev.ferry.connector.terminal.testhost.InvoiceBook;
import dev.ferry.engine.testing.TestActionContext;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same AP ledger and the same actions as over 5250, through s3270 and a TN3270 host. */
class Tn3270LedgerIT {
  @TempDir Path data;
  private ApLedgerHost host;

  @BeforeEach
  void start() {
    S3270Available.assume();
    host = ApLedgerHost.start3270(InvoiceBook.demo().seed(14), HostOptions.plain());
  }

  @AfterEach
  void stop() {
    if (host != null) {
      host.close();
    }
  }

  private Terminal open(String model) {
    Tn3270Config config =
        new Tn3270Config(
            host.host(), host.port(), false, null, model, null, null, null, null, null, null, null);
    return (Terminal)
        new Tn3270Connector()
            .open(
                config,
                LedgerFixture.sessionContext(data, LedgerFixture.CLERK, LedgerFixture.SECRETS));
  }

  @Test
  void signsOnFillsWithAValidationErrorThenPostsAndReadsThePagedList() {
    try (Terminal terminal = open("3279-2")) {
      assertThat(terminal.screen().rows()).isEqualTo(24);
      TestActionContext context = LedgerFixture.signOn(terminal);
      new MenuAction().execute(new MenuAction.Input("3", null, null), context);

      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("Vendor", "V999");
      fields.put("Invoice no", "Z-1");
      fields.put("Amount", "99.90");
      ScreenOutput rejected =
          new FillAction().execute(new FillAction.Input(fields, null, null, null), context);
      assertThat(rejected.message()).isEqualTo("Vendor V999 not found.");

      fields.put("Vendor", "V300");
      ScreenOutput posted =
          new FillAction().execute(new FillAction.Input(fields, null, null, null), context);
      assertThat(posted.message()).isEqualTo("Invoice Z-1 for vendor V300 posted as entry 1015.");
      assertThat(host.invoices().get(14).amount()).isEqualByComparingTo(new BigDecimal("99.90"));

      new FillAction().execute(new FillAction.Input(Map.of(), "pf3", null, null), context);
      new MenuAction().execute(new MenuAction.Input("2", null, null), context);
      Map<String, Column> columns = new LinkedHashMap<>();
      columns.put("number", new Column(18, 15));
      columns.put("amount", new Column(46, 14));
      ReadTableAction.Output list =
          new ReadTableAction()
              .execute(new ReadTableAction.Input(5, 16, columns, null, null, null, null), context);

      assertThat(list.pages()).isEqualTo(2);
      assertThat(list.rows()).hasSize(15);
      assertThat(list.rows().get(14))
          .containsEntry("number", "Z-1")
          .containsEntry("amount", "99.90");
    }
  }

  @Test
  void aModel5SessionGetsA27x132Screen() {
    try (Terminal terminal = open("3278-5")) {
      Screen screen = terminal.screen();
      assertThat(screen.rows()).isEqualTo(27);
      assertThat(screen.cols()).isEqualTo(132);
      assertThat(screen.field("User")).isPresent();
      assertThat(screen.field("Password").orElseThrow().hidden()).isTrue();
    }
  }
}
