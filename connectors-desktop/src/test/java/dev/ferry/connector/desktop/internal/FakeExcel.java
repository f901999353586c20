package dev.ferry.connector.desktop.internal;

import dev.ferry.connector.desktop.ComBridge.Call;
import dev.ferry.connector.desktop.ComException;
import dev.ferry.connector.desktop.Variant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small in-memory Excel object model for the fake bridge: Application, Workbooks, Workbook,
 * Worksheets, Worksheet and Range with Value, Resize and Address, enough to run the Excel actions
 * the way Excel answers them.
 */
final class FakeExcel {
  static final int EXCEL_ERROR = 0x800A03EC;
  private static final Pattern A1 = Pattern.compile("([A-Z]+)(\\d+)(?::([A-Z]+)(\\d+))?");

  final Map<String, Map<List<Integer>, Variant>> sheets = new LinkedHashMap<>();
  final Map<String, Function<List<Variant>, Variant>> macros = new HashMap<>();
  final List<String> events = new ArrayList<>();
  private final FakeObject application = new FakeObject("Excel.Application");

  FakeExcel(String... sheetNames) {
    for (String name : sheetNames) {
      sheets.put(name, new HashMap<>());
    }
    application
        .property("Visible", Variant.bool(false))
        .property("DisplayAlerts", Variant.bool(true));
    application.on("Quit", args -> event("quit"));
    application.on(
        "Run",
        args -> {
          String macro = (String) args.get(0).value();
          Function<List<Variant>, Variant> body = macros.get(macro);
          if (body == null) {
            throw excelError("Cannot run the macro '" + macro + "'.");
          }
          return body.apply(args.subList(1, args.size()));
        });
    application.on(
        Call.GET,
        "Workbooks",
        args ->
            Variant.dispatch(
                new FakeObject("Excel.Application.Workbooks")
                    .on("Open", open -> Variant.dispatch(workbook((String) open.get(0).value())))));
  }

  FakeObject application() {
    return application;
  }

  Variant cell(String sheet, int row, int column) {
    return sheets.get(sheet).getOrDefault(List.of(row, column), Variant.EMPTY);
  }

  private FakeObject workbook(String path) {
    event("open " + path);
    String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    FakeObject book = new FakeObject("Workbook " + name);
    book.on(Call.GET, "Name", args -> Variant.bstr(name));
    book.on(Call.GET, "Application", args -> Variant.dispatch(application));
    book.on(
        Call.GET,
        "ActiveSheet",
        args -> Variant.dispatch(sheet(sheets.keySet().iterator().next())));
    book.on(
        Call.GET,
        "Worksheets",
        args -> {
          if (!args.isEmpty()) {
            return Variant.dispatch(sheet((String) args.get(0).value()));
          }
          List<String> names = new ArrayList<>(sheets.keySet());
          return Variant.dispatch(
              new FakeObject("Worksheets")
                  .on("Count", count -> Variant.i4(names.size()))
                  .on(
                      "Item",
                      item ->
                          Variant.dispatch(sheet(names.get((Integer) item.get(0).value() - 1)))));
        });
    book.on("Save", args -> event("save"));
    book.on("SaveAs", args -> event("save-as " + args.get(0).value()));
    book.on("Close", args -> event("close save=" + args.get(0).value()));
    return book;
  }

  private FakeObject sheet(String name) {
    if (!sheets.containsKey(name)) {
      throw new ComException(
          "HRESULT 0x8002000B: Invalid index.", 0x8002000B, null, "Invalid index.", null);
    }
    return new FakeObject("Worksheet " + name)
        .on(Call.GET, "Name", args -> Variant.bstr(name))
        .on(Call.GET, "Range", args -> Variant.dispatch(range(name, (String) args.get(0).value())));
  }

  private FakeObject range(String sheet, String a1) {
    Matcher m = A1.matcher(a1);
    if (!m.matches()) {
      throw excelError("Method 'Range' of object '_Worksheet' failed");
    }
    int top = Integer.parseInt(m.group(2));
    int left = column(m.group(1));
    int bottom = m.group(4) == null ? top : Integer.parseInt(m.group(4));
    int right = m.group(3) == null ? left : column(m.group(3));
    return range(sheet, top, left, bottom, right);
  }

  private FakeObject range(String sheet, int top, int left, int bottom, int right) {
    Map<List<Integer>, Variant> cells = sheets.get(sheet);
    return new FakeObject("Range " + a1(top, left) + ":" + a1(bottom, right))
        .on(
            Call.GET,
            "Resize",
            args ->
                Variant.dispatch(
                    range(
                        sheet,
                        top,
                        left,
                        top + (Integer) args.get(0).value() - 1,
                        left + (Integer) args.get(1).value() - 1)))
        .on(
            Call.GET,
            "Address",
            args ->
                Variant.bstr(
                    top == bottom && left == right
                        ? a1(top, left)
                        : a1(top, left) + ":" + a1(bottom, right)))
        .on(
            Call.GET,
            "Value",
            args -> {
              if (top == bottom && left == right) {
                return cells.getOrDefault(List.of(top, left), Variant.EMPTY);
              }
              List<List<Variant>> rows = new ArrayList<>();
              for (int r = top; r <= bottom; r++) {
                List<Variant> row = new ArrayList<>();
                for (int c = left; c <= right; c++) {
                  row.add(cells.getOrDefault(List.of(r, c), Variant.EMPTY));
                }
                rows.add(row);
              }
              return Variant.array(rows);
            })
        .on(
            Call.PUT,
            "Value",
            args -> {
              List<List<Variant>> rows = args.get(0).rows();
              for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                  cells.put(List.of(top + r, left + c), excelValue(rows.get(r).get(c)));
                }
              }
              return Variant.EMPTY;
            });
  }

  /** Excel keeps every number as a double, as the real one does. */
  private static Variant excelValue(Variant v) {
    return switch (v.type()) {
      case I4, I8 -> Variant.r8(((Number) v.value()).doubleValue());
      default -> v;
    };
  }

  private Variant event(String event) {
    events.add(event);
    return Variant.EMPTY;
  }

  static ComException excelError(String description) {
    return new ComException(
        "HRESULT 0x800A03EC from Microsoft Excel: " + description,
        EXCEL_ERROR,
        "Microsoft Excel",
        description,
        null);
  }

  private static int column(String letters) {
    int n = 0;
    for (char c : letters.toCharArray()) {
      n = n * 26 + (c - 'A' + 1);
    }
    return n;
  }

  private static String a1(int row, int column) {
    StringBuilder letters = new StringBuilder();
    for (int c = column; c > 0; c = (c - 1) / 26) {
      letters.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return letters.toString() + row;
  }
}
