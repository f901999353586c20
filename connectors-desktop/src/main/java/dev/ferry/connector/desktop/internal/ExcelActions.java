package dev.ferry.connector.desktop.internal;

import dev.ferry.connector.desktop.ComBridge.Call;
import dev.ferry.connector.desktop.ComObject;
import dev.ferry.connector.desktop.DesktopException;
import dev.ferry.connector.desktop.VarType;
import dev.ferry.connector.desktop.Variant;
import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.ActionContext;
import dev.ferry.engine.spi.NoOutput;
import dev.ferry.engine.spi.Param;
import java.nio.file.Path;
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
      @Param(value = "Save under this file name instead, relative to the work directory", optional = true)
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
            ExcelActions::open),
        DesktopAction.com(
            "desktop.excel.read-range",
            "Reads a range of cells into rows.",
            ReadRange.class,
            Rows.class,
            true,
            ExcelActions::readRange),
        DesktopAction.com(
            "desktop.excel.write-range",
            "Writes rows of values into a worksheet, starting at a cell.",
            WriteRange.class,
            Written.class,
            false,
            ExcelActions::writeRange),
        DesktopAction.com(
            "desktop.excel.run-macro",
            "Runs a VBA macro of the workbook.",
            RunMacro.class,
            MacroResult.class,
            false,
            ExcelActions::runMacro),
        DesktopAction.com(
            "desktop.excel.save",
            "Saves a workbook, or saves it under a new file name.",
            Save.class,
            NoOutput.class,
            false,
            ExcelActions::save),
        DesktopAction.com(
            "desktop.excel.close",
            "Closes a workbook, saving it or not.",
            Close.class,
            NoOutput.class,
            false,
            ExcelActions::close));
  }

  private static Opened open(Open in, DesktopSession session, ActionContext context) {
    Path file = WorkFiles.resolve(context, in.path(), true);
    ComSession com = session.com();
    ComObject excel = com.find(APPLICATION);
    if (excel == null) {
      excel = com.create("Excel.Application");
      com.register(APPLICATION, excel);
      com.quitOnClose(excel);
      // A dialog nobody can see would block the apartment thread until the call times out.
      put(com, excel, "DisplayAlerts", Variant.bool(false));
    }
    put(com, excel, "Visible", Variant.bool(in.visible()));
    ComObject books = object(com, excel, "Workbooks", List.of());
    try {
      Variant opened =
          com.invoke(
              books,
              "Open",
              Call.METHOD,
              List.of(
                  ComArg.of(Variant.bstr(file.toString())),
                  ComArg.of(Variant.i4(0)),
                  ComArg.of(Variant.bool(in.readOnly()))));
      ComObject book = asObject(opened, books, "Open");
      com.register(in.as(), book);
      return new Opened(in.as(), text(com, book, "Name"), sheetNames(com, book));
    } finally {
      com.release(books);
    }
  }

  private static List<String> sheetNames(ComSession com, ComObject book) {
    ComObject sheets = object(com, book, "Worksheets", List.of());
    try {
      Variant count = com.invoke(sheets, "Count", Call.GET, List.of());
      if (!(count.value() instanceof Number n)) {
        throw new DesktopException(
            "Worksheets.Count returned " + VariantMapping.render(count) + ", not a number");
      }
      List<String> names = new ArrayList<>();
      for (int i = 1; i <= n.intValue(); i++) {
        ComObject sheet = object(com, sheets, "Item", List.of(ComArg.of(Variant.i4(i))));
        try {
          names.add(text(com, sheet, "Name"));
        } finally {
          com.release(sheet);
        }
      }
      return names;
    } finally {
      com.release(sheets);
    }
  }

  private static Rows readRange(ReadRange in, DesktopSession session, ActionContext context) {
    ComSession com = session.com();
    ComObject sheet = sheet(com, in.workbook(), in.sheet());
    try {
      ComObject range = object(com, sheet, "Range", List.of(ComArg.of(Variant.bstr(in.range()))));
      try {
        Variant value = com.invoke(range, "Value", Call.GET, List.of());
        List<List<Object>> rows = toRows(value);
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        return new Rows(rows, rows.size(), columns);
      } finally {
        com.release(range);
      }
    } finally {
      com.release(sheet);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<List<Object>> toRows(Variant value) {
    if (value.type() == VarType.ARRAY) {
      return (List<List<Object>>) VariantMapping.toJava(value);
    }
    List<Object> cell = new ArrayList<>();
    cell.add(VariantMapping.toJava(value));
    return List.of(cell);
  }

  private static Written writeRange(WriteRange in, DesktopSession session, ActionContext context) {
    ComSession com = session.com();
    VariantMapping mapping = new VariantMapping(context.secrets(), com::lookup);
    int columns = in.rows().stream().mapToInt(List::size).max().orElse(0);
    List<List<Variant>> cells = new ArrayList<>();
    for (List<Object> row : in.rows()) {
      List<Variant> converted = new ArrayList<>();
      for (int c = 0; c < columns; c++) {
        converted.add(c < row.size() ? mapping.toVariant(row.get(c)) : Variant.EMPTY);
      }
      cells.add(converted);
    }
    ComObject sheet = sheet(com, in.workbook(), in.sheet());
    ComObject start = null;
    ComObject area = null;
    try {
      start = object(com, sheet, "Range", List.of(ComArg.of(Variant.bstr(in.range()))));
      area =
          object(
              com,
              start,
              "Resize",
              List.of(ComArg.of(Variant.i4(cells.size())), ComArg.of(Variant.i4(columns))));
      com.invoke(area, "Value", Call.PUT, List.of(ComArg.of(Variant.array(cells))));
      String address =
          String.valueOf(
              com.invoke(
                      area,
                      "Address",
                      Call.GET,
                      List.of(ComArg.of(Variant.bool(false)), ComArg.of(Variant.bool(false))))
                  .value());
      return new Written(address, cells.size() * columns);
    } finally {
      for (ComObject o : new ComObject[] {area, start, sheet}) {
        if (o != null) {
          com.release(o);
        }
      }
    }
  }

  private static MacroResult runMacro(RunMacro in, DesktopSession session, ActionContext context) {
    ComSession com = session.com();
    ComObject book = com.lookup(in.workbook());
    String macro =
        in.macro().contains("!") ? in.macro() : "'" + text(com, book, "Name") + "'!" + in.macro();
    VariantMapping mapping = new VariantMapping(context.secrets(), com::lookup);
    List<ComArg> args = new ArrayList<>();
    args.add(ComArg.of(Variant.bstr(macro)));
    args.addAll(mapping.toArgs(in.args()));
    ComObject excel = object(com, book, "Application", List.of());
    try {
      Variant result = com.invoke(excel, "Run", Call.METHOD, args);
      if (result.type() == VarType.DISPATCH) {
        com.release(result.object());
        return new MacroResult(result.object().describe());
      }
      return new MacroResult(VariantMapping.toJava(result));
    } finally {
      com.release(excel);
    }
  }

  private static NoOutput save(Save in, DesktopSession session, ActionContext context) {
    ComSession com = session.com();
    ComObject book = com.lookup(in.workbook());
    if (in.path() == null) {
      com.invoke(book, "Save", Call.METHOD, List.of());
    } else {
      Path file = WorkFiles.resolve(context, in.path(), false);
      com.invoke(book, "SaveAs", Call.METHOD, List.of(ComArg.of(Variant.bstr(file.toString()))));
    }
    return NoOutput.INSTANCE;
  }

  private static NoOutput close(Close in, DesktopSession session, ActionContext context) {
    ComSession com = session.com();
    ComObject book = com.lookup(in.workbook());
    com.invoke(book, "Close", Call.METHOD, List.of(ComArg.of(Variant.bool(in.save()))));
    com.forget(in.workbook());
    return NoOutput.INSTANCE;
  }

  private static ComObject sheet(ComSession com, String workbook, String sheet) {
    ComObject book = com.lookup(workbook);
    return sheet == null
        ? object(com, book, "ActiveSheet", List.of())
        : object(com, book, "Worksheets", List.of(ComArg.of(Variant.bstr(sheet))));
  }

  static ComObject object(ComSession com, ComObject target, String member, List<ComArg> args) {
    return asObject(com.invoke(target, member, Call.GET, args), target, member);
  }

  static ComObject asObject(Variant value, ComObject target, String member) {
    if (value.type() != VarType.DISPATCH) {
      throw new DesktopException(
          target.describe()
              + "."
              + member
              + " returned "
              + VariantMapping.render(value)
              + " where an object was expected");
    }
    return value.object();
  }

  static String text(ComSession com, ComObject target, String member) {
    return String.valueOf(VariantMapping.toJava(com.invoke(target, member, Call.GET, List.of())));
  }

  private static void put(ComSession com, ComObject target, String member, Variant value) {
    com.invoke(target, member, Call.PUT, List.of(ComArg.of(value)));
  }
}
