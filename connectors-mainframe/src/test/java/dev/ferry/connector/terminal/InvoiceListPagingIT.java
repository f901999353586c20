package dev.ferry.connector.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.connector.terminal.action.MenuAction;
import dev.ferry.connector.terminal.action.ReadTableAction;
import dev.ferry.connector.terminal.action.ReadTableAction.Column;
import dev.ferry.connector.terminal.testhost.HostOptions;
import dev.ferry.connector.terminal.testhost.InvoiceBook;
import dev.ferry.engine.testing.TestActionContext;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InvoiceListPagingIT {
  @TempDir Path data;

  private static Map<String, Column> columns() {
    Map<String, Column> columns = new LinkedHashMap<>();
    columns.put("entry", new Column(2, 6));
    columns.put("vendor", new Column(9, 8));
    columns.put("number", new Column(18, 15));
    columns.put("amount", new Column(46, 14));
    return columns;
  }

  @Test
  void readsEveryRowOfAPagedSubfileWithRollUp() {
    try (LedgerFixture ledger =
            new LedgerFixture(InvoiceBook.demo().seed(30), HostOptions.plain(), data);
        Terminal terminal = ledger.open()) {
      TestActionContext context = LedgerFixture.signOn(terminal);
      new MenuAction().execute(new MenuAction.Input("2", null, null), context);

      ReadTableAction.Output out =
          new ReadTableAction()
              .execute(
                  new ReadTableAction.Input(5, 16, columns(), null, null, null, null), context);

      assertThat(out.pages()).isEqualTo(3);
      assertThat(out.rows()).hasSize(30);
      assertThat(out.rows().get(0))
          .containsEntry("entry", "1001")
          .containsEntry("vendor", "V100")
          .containsEntry("number", "SEED-0001")
          .containsEntry("amount", "10.25");
      assertThat(out.rows().get(29))
          .containsEntry("number", "SEED-0030")
          .containsEntry("amount", "307.50");
      assertThat(terminal.screen().contains("Bottom")).isTrue();
    }
  }

  @Test
  void stopsWhenThePageKeyNoLongerChangesThePage() {
    try (LedgerFixture ledger =
            new LedgerFixture(InvoiceBook.demo().seed(13), HostOptions.plain(), data);
        Terminal terminal = ledger.open()) {
      TestActionContext context = LedgerFixture.signOn(terminal);
      new MenuAction().execute(new MenuAction.Input("2", null, null), context);

      // an end text that never shows: paging stops because PF8 on the last page changes nothing
      ReadTableAction.Output out =
          new ReadTableAction()
              .execute(
                  new ReadTableAction.Input(5, 16, columns(), "pf8", "No such marker", 10, null),
                  context);

      assertThat(out.rows()).extracting(r -> r.get("number")).doesNotHaveDuplicates().hasSize(13);
      assertThat(out.pages()).isEqualTo(2);
    }
  }
}
