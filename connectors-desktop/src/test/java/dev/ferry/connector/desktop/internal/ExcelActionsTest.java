package dev.ferry.connector.desktop.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.connector.desktop.ComBridge.Call;
import dev.ferry.connector.desktop.ComException;
import dev.ferry.connector.desktop.Variant;
import dev.ferry.connector.desktop.internal.ExcelActions.Close;
import dev.ferry.connector.desktop.internal.ExcelActions.MacroResult;
import dev.ferry.connector.desktop.internal.ExcelActions.Open;
import dev.ferry.connector.desktop.internal.ExcelActions.Opened;
import dev.ferry.connector.desktop.internal.ExcelActions.ReadRange;
import dev.ferry.connector.desktop.internal.ExcelActions.Rows;
import dev.ferry.connector.desktop.internal.ExcelActions.RunMacro;
import dev.ferry.connector.desktop.internal.ExcelActions.Save;
import dev.ferry.connector.desktop.internal.ExcelActions.WriteRange;
import dev.ferry.connector.desktop.internal.ExcelActions.Written;
import dev.ferry.engine.spi.BusinessException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExcelActionsTest {
  @TempDir Path work;
  private final FakeExcel excel = new FakeExcel("Invoices", "Summary");
  private final FakeComBridge bridge = new FakeComBridge();
  private Steps steps;

  @BeforeEach
  void openWorkbook() throws IOException {
    Files.writeString(work.resolve("invoices.xlsm"), "stands in for a workbook");
    bridge.register("Excel.Application", excel::application);
    steps = new Steps(bridge, work);
  }

  @AfterEach
  void closeSession() {
    steps.close();
  }

  @Test
  void opensAWorkbookFromTheWorkDirectoryAndListsItsSheets() {
    Opened opened = steps.run("desktop.excel.open", new Open("invoices.xlsm", true, null, null));

    assertThat(opened)
        .isEqualTo(new Opened("workbook", "invoices.xlsm", List.of("Invoices", "Summary")));
    assertThat(excel.events).containsExactly("open " + work.resolve("invoices.xlsm"));
    FakeComBridge.Recorded open = bridge.callsOf("Open").get(0);
    assertThat(open.args())
        .containsExactly(
            Variant.bstr(work.resolve("invoices.xlsm").toString()),
            Variant.i4(0),
            Variant.bool(true));
    assertThat(bridge.callsOf("DisplayAlerts").get(0).args()).containsExactly(Variant.bool(false));
    assertThat(steps.calls())
        .contains("create Excel.Application")
        .contains("Worksheets.Count -> 2:I4");
  }

  @Test
  void writesRowsAndReadsThemBackAsExcelStoresThem() {
    steps.run("desktop.excel.open", new Open("invoices.xlsm", null, null, null));

    Written written =
        steps.run(
            "desktop.excel.write-range",
            new WriteRange(
                null,
                "Invoices",
                "B2",
                List.of(
                    List.of("INV-2026-00731", new BigDecimal("1250.40"), LocalDate.of(2026, 3, 31)),
                    Arrays.asList("INV-2026-00732", new BigDecimal("99.99")))));
    Rows rows = steps.run("desktop.excel.read-range", new ReadRange(null, "Invoices", "B2:D3"));

    assertThat(written).isEqualTo(new Written("B2:D3", 6));
    FakeComBridge.Recorded put = bridge.callsOf("Value").get(0);
    assertThat(put.call()).isEqualTo(Call.PUT);
    assertThat(put.args().get(0).rows().get(1))
        .containsExactly(Variant.bstr("INV-2026-00732"), Variant.r8(99.99), Variant.EMPTY);
    assertThat(excel.cell("Invoices", 2, 4))
        .isEqualTo(Variant.date(LocalDateTime.of(2026, 3, 31, 0, 0)));
    assertThat(rows.rowCount()).isEqualTo(2);
    assertThat(rows.columnCount()).isEqualTo(3);
    assertThat(rows.rows())
        .containsExactly(
            List.of("INV-2026-00731", new BigDecimal("1250.4"), LocalDate.of(2026, 3, 31)),
            Arrays.asList("INV-2026-00732", new BigDecimal("99.99"), null));
  }

  @Test
  void readsOneCellAsOneRowOfTheActiveSheet() {
    steps.run("desktop.excel.open", new Open("invoices.xlsm", null, null, null));
    steps.run("desktop.excel.write-range", new WriteRange(null, null, "A1", List.of(List.of(7))));

    Rows rows = steps.run("desktop.excel.read-range", new ReadRange(null, null, "A1"));

    assertThat(rows.rows()).containsExactly(List.of(new BigDecimal("7")));
    assertThat(bridge.callsOf("ActiveSheet")).isNotEmpty();
  }

  @Test
  void anExcelErrorNamesTheRangeAndCarriesExcelsDescription() {
    steps.run("desktop.excel.open", new Open("invoices.xlsm", null, null, null));

    assertThatThrownBy(
            () ->
                steps.run(
                    "desktop.excel.read-range", new ReadRange(null, "Invoices", "not a range")))
        .isInstanceOfSatisfying(
            ComException.class,
            e -> {
              assertThat(e.hresultHex()).isEqualTo("0x800A03EC");
              assertThat(e.getMessage())
                  .contains("Worksheet Invoices.Range(\"not a range\") failed")
                  .contains("Method 'Range' of object '_Worksheet' failed");
            });
  }

  @Test
  void aMissingSheetIsAComErrorNamingIt() {
    steps.run("desktop.excel.open", new Open("invoices.xlsm", null, null, null));

    assertThatThrownBy(
            () -> steps.run("desktop.excel.read-range", new ReadRange(null, "Nope", "A1")))
        .isInstanceOf(ComException.class)
        .hasMessageContaining("Worksheets(\"Nope\") failed")
        .hasMessageContaining("0x8002000B");
  }

  @Test
  void runsAMacroOfTheWorkbookWithItsArguments() {
    excel.macros.put(
        "'invoices.xlsm'!PostInvoices",
        args -> Variant.bstr("posted " + args.get(0).value() + " for " + args.get(1).value()));
    steps.run("desktop.excel.open", new Open("invoices.xlsm", null, null, null));

    MacroResult result =
        steps.run(
            "desktop.excel.run-macro",
            new RunMacro(null, "PostInvoices", List.of(3, LocalDate.of(2026, 3, 31))));

    assertThat(result.result()).isEqualTo("posted 3 for 2026-03-31T00:00");
  }

  @Test
  void savesUnderANewNameInTheWorkDirectoryClosesAndQuitsExcelWithTheSession() {
    steps.run("desktop.excel.open", new Open("invoices.xlsm", null, null, null));

    steps.run("desktop.excel.save", new Save(null, "out/posted.xlsm"));
    steps.run("desktop.excel.close", new Close(null, true));
    steps.close();

    assertThat(excel.events)
        .containsSubsequence(
            "save-as " + work.resolve("out/posted.xlsm"), "close save=true", "quit");
    assertThat(bridge.released).anyMatch(r -> r.startsWith("Workbook invoices.xlsm@"));
  }

  @Test
  void refusesAWorkbookOutsideTheWorkDirectory() {
    assertThatThrownBy(
            () -> steps.run("desktop.excel.open", new Open("../secret.xlsx", null, null, null)))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> assertThat(e.code()).isEqualTo("PATH_OUTSIDE_WORK_DIRECTORY"));
    assertThat(bridge.lifecycle).isEmpty();
  }

  @Test
  void aMissingWorkbookFileIsReportedBeforeExcelStarts() {
    assertThatThrownBy(
            () -> steps.run("desktop.excel.open", new Open("missing.xlsx", null, null, null)))
        .isInstanceOfSatisfying(
            BusinessException.class, e -> assertThat(e.code()).isEqualTo("FILE_NOT_FOUND"));
  }

  @Test
  void writeRangeRejectsEmptyRows() {
    assertThatThrownBy(() -> new WriteRange(null, null, "A1", List.of(List.of())))
        .hasMessageContaining("rows must hold at least one value");
  }
}
