package dev.ferry.connector.desktop.internal;

import dev.ferry.connector.desktop.ComBridge.Call;
import dev.ferry.connector.desktop.ComObject;
import dev.ferry.connector.desktop.DesktopException;
import dev.ferry.connector.desktop.VarType;
import dev.ferry.connector.desktop.Variant;
import dev.ferry.engine.spi.ActionContext;
import dev.ferry.engine.spi.NoOutput;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the Excel actions do, in Excel's object model: Workbooks, Worksheets, Range. */
final class ExcelSteps {
  private ExcelSteps() {}

  static ExcelActions.Opened open(
      ExcelActions.Open in, DesktopSession session, ActionContext context) {
    Path file = WorkFiles.resolve(context, in.path(), true);
    ComSession com = session.com();
    ComObject excel = com.find(ExcelActions.APPLICATION);
    if (excel == null) {
      excel = com.create("Excel.Application");
      com.register(ExcelActions.APPLICATION, excel);
      com.quitOnClose(excel);
      // A dialog nobody can see would block the apartment thread until the call times out.
      put(com, excel, "DisplayAlerts", Variant.bool(false));
    }
    put(com, excel, "Visible", Variant.bool(in.visible()));
    ComObject books = com.getObject(excel, "Workbooks", List.of());
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
      ComObject book = ComSession.asObject(opened, books, "Open");
      com.register(in.as(), book);
      return new ExcelActions.Opened(in.as(), com.getText(book, "Name"), sheetNames(com, book));
    } finally {
      com.release(books);
    }
  }

  private static List<String> sheetNames(ComSession com, ComObject book) {
    ComObject sheets = com.getObject(book, "Worksheets", List.of());
    try {
      Variant count = com.invoke(sheets, "Count", Call.GET, List.of());
      if (!(count.value() instanceof Number n)) {
        throw new DesktopException(
            "Worksheets.Count returned " + VariantMapping.render(count) + ", not a number");
      }
      List<String> names = new ArrayList<>();
      for (int i = 1; i <= n.intValue(); i++) {
        ComObject sheet = com.getObject(sheets, "Item", List.of(ComArg.of(Variant.i4(i))));
        try {
          names.add(com.getText(sheet, "Name"));
        } finally {
          com.release(sheet);
        }
      }
      return names;
    } finally {
      com.release(sheets);
    }
  }

  static ExcelActions.Rows readRange(
      ExcelActions.ReadRange in, DesktopSession session, ActionContext context) {
    ComSession com = session.com();
    ComObject sheet = sheet(com, in.workbook(), in.sheet());
    try {
      ComObject range = com.getObject(sheet, "Range", List.of(ComArg.of(Variant.bstr(in.range()))));
      try {
        Variant value = com.invoke(range, "Value", Call.GET, List.of());
        List<List<Object>> rows = toRows(value);
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        return new ExcelActions.Rows(rows, rows.size(), columns);
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

  static ExcelActions.Written writeRange(
      ExcelActions.WriteRange in, DesktopSession session, ActionContext context) {
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
      start = com.getObject(sheet, "Range", List.of(ComArg.of(Variant.bstr(in.range()))));
      area =
          com.getObject(
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
      return new ExcelActions.Written(address, cells.size() * columns);
    } finally {
      for (ComObject o : new ComObject[] {area, start, sheet}) {
        if (o != null) {
          com.release(o);
        }
      }
    }
  }

  static ExcelActions.MacroResult runMacro(
      ExcelActions.RunMacro in, DesktopSession session, ActionContext context) {
    ComSession com = session.com();
    ComObject book = com.lookup(in.workbook());
    String macro =
        in.macro().contains("!") ? in.macro() : "'" + com.getText(book, "Name") + "'!" + in.macro();
    VariantMapping mapping = new VariantMapping(context.secrets(), com::lookup);
    List<ComArg> args = new ArrayList<>();
    args.add(ComArg.of(Variant.bstr(macro)));
    args.addAll(mapping.toArgs(in.args()));
    ComObject excel = com.getObject(book, "Application", List.of());
    try {
      Variant result = com.invoke(excel, "Run", Call.METHOD, args);
      if (result.type() == VarType.DISPATCH) {
        com.release(result.object());
        return new ExcelActions.MacroResult(result.object().describe());
      }
      return new ExcelActions.MacroResult(VariantMapping.toJava(result));
    } finally {
      com.release(excel);
    }
  }

  static NoOutput save(ExcelActions.Save in, DesktopSession session, ActionContext context) {
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

  static NoOutput close(ExcelActions.Close in, DesktopSession session, ActionContext context) {
    ComSession com = session.com();
    ComObject book = com.lookup(in.workbook());
    com.invoke(book, "Close", Call.METHOD, List.of(ComArg.of(Variant.bool(in.save()))));
    com.forget(in.workbook());
    return NoOutput.INSTANCE;
  }

  private static ComObject sheet(ComSession com, String workbook, String sheet) {
    ComObject book = com.lookup(workbook);
    return sheet == null
        ? com.getObject(book, "ActiveSheet", List.of())
        : com.getObject(book, "Worksheets", List.of(ComArg.of(Variant.bstr(sheet))));
  }

  private static void put(ComSession com, ComObject target, String member, Variant value) {
    com.invoke(target, member, Call.PUT, List.of(ComArg.of(value)));
  }
}
