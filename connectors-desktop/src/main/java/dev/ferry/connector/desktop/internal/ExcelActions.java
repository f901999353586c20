package dev.ferry.connector.desktop.internal;

import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.NoOutput;
import dev.ferry.engine.spi.Param;
import java.util.ArrayList;
import java.util.List;

/** Excel through its COM object model: open a workbook, read and write ranges, run macros. */
public final class ExcelActions {
  /** The handle the session keeps the Excel application under. */
  static final String APPLICATION = "excel.application";

  private static final String WORKBOOK = "The workbook's handle, from desktop.excel.open";

  private ExcelActions() {}

  public record Open(
      @Param("The workbook file, relative to the work directory") String path,
      @Param(value = "Open it read-only", defaultValue = "false") Boolean readOnly,
      @Param(value = "Show Excel on screen while it works", defaultValue = "false") Boolean visible,
      @Param(value = "The handle later steps use for the workbook", defaultValue = "workbook")
          String as) {
    public Open {
      Handles.require("path", path);
      readOnly = readOnly != null && readOnly;
      visible = visible != null && visible;
      as = Handles.orDefault("as", as, "workbook");
    }
  }

  /** An open workbook: its handle, its file name and its worksheets in order. */
  public record Opened(String workbook, String name, List<String> sheets) {}

  public record ReadRange(
      @Param(value = WORKBOOK, defaultValue = "workbook") String workbook,
      @Param(value = "The worksheet's name; the active sheet when left out", optional = true)
          String sheet,
      @Param("The range in A1 notation, such as A1:D20, or a range name") String range) {
    public ReadRange {
      workbook = Handles.orDefault("workbook", workbook, "workbook");
      Handles.require("range", range);
    }
  }

  /** Cells by rows; numbers are decimals, whole-day dates are dates, empty cells are null. */
  public record Rows(List<List<Object>> rows, int rowCount, int columnCount) {}

  public record WriteRange(
      @Param(value = WORKBOOK, defaultValue = "workbook") String workbook,
      @Param(value = "The worksheet's name; the active sheet when left out", optional = true)
          String sheet,
      @Param("The top-left cell of the area to write, such as B2") String range,
      @Param("The values, row by row; short rows are padded with empty cells")
          List<List<Object>> rows) {
    public WriteRange {
      workbook = Handles.orDefault("workbook", workbook, "workbook");
      Handles.require("range", range);
      if (rows == null || rows.isEmpty() || rows.stream().allMatch(r -> r == null || r.isEmpty())) {
        throw new IllegalArgumentException("rows must hold at least one value");
      }
      rows = rows.stream().map(r -> r == null ? List.of() : new ArrayList<>(r)).toList();
    }
  }

  /** Where the values went, such as {@code B2:D4}, and how many cells that is. */
  public record Written(String address, int cellsWritten) {}

  public record RunMacro(
      @Param(value = WORKBOOK, defaultValue = "workbook") String workbook,
      @Param("The macro's name, such as PostInvoices or Module1.PostInvoices") String macro,
      @Param(value = "Arguments to the macro, at most 30", optional = true) List<Object> args) {
    public RunMacro {
      workbook = Handles.orDefault("workbook", workbook, "workbook");
      Handles.require("macro", macro);
      args = args == null ? List.of() : new ArrayList<>(args);
      if (args.size() > 30) {
        throw new IllegalArgumentException("Excel passes at most 30 arguments to a macro");
      }
    }
  }

  /** What the macro returned; null for a Sub. */
  public record MacroResult(Object result) {}

  public record Save(
      @Param(value = WORKBOOK, defaultValue = "workbook") String workbook,
      @Param(
              value = "Save under this file name instead, relative to the work directory",
              optional = true)
          String path) {
    public Save {
      workbook = Handles.orDefault("workbook", workbook, "workbook");
    }
  }

  public record Close(
      @Param(value = WORKBOOK, defaultValue = "workbook") String workbook,
      @Param(value = "Save changes before closing", defaultValue = "false") Boolean save) {
    public Close {
      workbook = Handles.orDefault("workbook", workbook, "workbook");
      save = save != null && save;
    }
  }

  static List<Action<?, ?>> all() {
    return List.of(
        DesktopAction.com(
            "desktop.excel.open",
            "Opens a workbook in Excel, starting Excel when needed.",
            Open.class,
            Opened.class,
            false,
            ExcelSteps::open),
        DesktopAction.com(
            "desktop.excel.read-range",
            "Reads a range of cells into rows.",
            ReadRange.class,
            Rows.class,
            true,
            ExcelSteps::readRange),
        DesktopAction.com(
            "desktop.excel.write-range",
            "Writes rows of values into a worksheet, starting at a cell.",
            WriteRange.class,
            Written.class,
            false,
            ExcelSteps::writeRange),
        DesktopAction.com(
            "desktop.excel.run-macro",
            "Runs a VBA macro of the workbook.",
            RunMacro.class,
            MacroResult.class,
            false,
            ExcelSteps::runMacro),
        DesktopAction.com(
            "desktop.excel.save",
            "Saves a workbook, or saves it under a new file name.",
            Save.class,
            NoOutput.class,
            false,
            ExcelSteps::save),
        DesktopAction.com(
            "desktop.excel.close",
            "Closes a workbook, saving it or not.",
            Close.class,
            NoOutput.class,
            false,
            ExcelSteps::close));
  }
}
