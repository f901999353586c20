package dev.ferry.connector.desktop.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.connector.desktop.ComBridge;
import dev.ferry.connector.desktop.ComException;
import dev.ferry.connector.desktop.ProgIdNotFoundException;
import dev.ferry.connector.desktop.internal.ComActions.Create;
import dev.ferry.connector.desktop.internal.ComActions.Invoke;
import dev.ferry.connector.desktop.internal.ComActions.Result;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a real COM bridge must do on Windows, checked against Scripting.Dictionary (scrrun.dll, part
 * of every Windows): the ITs for JNA and JACOB extend this. They run only on Windows.
 */
abstract class WindowsComBridgeChecks {
  @TempDir Path work;

  /** A new bridge of the kind under test. */
  protected abstract Supplier<ComBridge> bridges();

  @Test
  void roundTripsValuesThroughScriptingDictionary() {
    try (Steps steps = new Steps(bridges().get(), work)) {
      steps.run("desktop.com.create", new Create("Scripting.Dictionary", "dict"));
      steps.run(
          "desktop.com.call",
          new Invoke("dict", "Add", List.of("total", new BigDecimal("1234.5")), null));
      steps.run(
          "desktop.com.call",
          new Invoke("dict", "Add", List.of("due", LocalDate.of(2026, 3, 31)), null));
      steps.run("desktop.com.call", new Invoke("dict", "Add", List.of("paid", true), null));

      Result total =
          steps.run("desktop.com.get", new Invoke("dict", "Item", List.of("total"), null));
      Result due = steps.run("desktop.com.get", new Invoke("dict", "Item", List.of("due"), null));
      Result paid = steps.run("desktop.com.get", new Invoke("dict", "Item", List.of("paid"), null));
      Result count = steps.run("desktop.com.get", new Invoke("dict", "Count", null, null));
      Result keys = steps.run("desktop.com.call", new Invoke("dict", "Keys", null, null));

      assertThat(total).isEqualTo(new Result(new BigDecimal("1234.5"), "R8", null));
      assertThat(due).isEqualTo(new Result(LocalDate.of(2026, 3, 31), "DATE", null));
      assertThat(paid).isEqualTo(new Result(true, "BOOL", null));
      assertThat(count).isEqualTo(new Result(3, "I4", null));
      assertThat(keys.value()).isEqualTo(List.of(List.of("total", "due", "paid")));
    }
  }

  @Test
  void aComErrorCarriesTheServersHresultAndDescription() {
    try (Steps steps = new Steps(bridges().get(), work)) {
      steps.run("desktop.com.create", new Create("Scripting.Dictionary", "dict"));
      steps.run("desktop.com.call", new Invoke("dict", "Add", List.of("k", 1), null));

      assertThatThrownBy(
              () -> steps.run("desktop.com.call", new Invoke("dict", "Add", List.of("k", 2), null)))
          .isInstanceOfSatisfying(
              ComException.class,
              e -> {
                assertThat(e.hresultHex()).isEqualTo("0x800A01C9");
                assertThat(e.getMessage()).contains("Scripting.Dictionary.Add(\"k\", 2:I4) failed");
              });
    }
  }

  /**
   * Excel, when installed: the rows written must come back as the same rows, not transposed, which
   * checks how the bridge orders a SAFEARRAY's dimensions.
   */
  @Test
  void excelRangesKeepTheirRowsAndColumnsWhenExcelIsInstalled() {
    try (Steps steps = new Steps(bridges().get(), work)) {
      try {
        steps.run("desktop.com.create", new Create("Excel.Application", "excel.application"));
      } catch (ProgIdNotFoundException e) {
        Assumptions.abort("Excel is not installed here");
      }
      try {
        steps.run(
            "desktop.com.call", new Invoke("excel.application", "Workbooks.Add", null, "workbook"));
        List<List<Object>> rows =
            List.of(
                List.of("INV-1", new BigDecimal("1250.4"), LocalDate.of(2026, 3, 31)),
                List.of("INV-2", new BigDecimal("99.99"), LocalDate.of(2026, 4, 1)));

        ExcelActions.Written written =
            steps.run(
                "desktop.excel.write-range", new ExcelActions.WriteRange(null, null, "B2", rows));
        ExcelActions.Rows read =
            steps.run("desktop.excel.read-range", new ExcelActions.ReadRange(null, null, "B2:D3"));

        assertThat(written.address()).isEqualTo("B2:D3");
        assertThat(read.rows()).isEqualTo(rows);
        steps.run("desktop.excel.close", new ExcelActions.Close(null, false));
      } finally {
        steps.run("desktop.com.call", new Invoke("excel.application", "Quit", null, null));
      }
    }
  }

  @Test
  void aProgIdThatIsNotRegisteredIsNamed() {
    try (Steps steps = new Steps(bridges().get(), work)) {
      assertThatThrownBy(
              () -> steps.run("desktop.com.create", new Create("Ferry.Does.Not.Exist", null)))
          .isInstanceOf(ProgIdNotFoundException.class)
          .hasMessageContaining("'Ferry.Does.Not.Exist'");
    }
  }
}
