package dev.ferry.connector.terminal.testhost;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One screen that a test host sends: text at positions and named input fields. Rows and columns are
 * 1-based, as on a terminal; each text or field takes the position before it for its attribute
 * byte. The 5250 and 3270 hosts encode it for their own data streams. Build it with the chained
 * methods; it is not thread-safe.
 */
public final class HostScreen {

  static final Charset EBCDIC = Charset.forName("IBM037");

  /** A named input field on the screen. */
  public record InputField(
      String name, int row, int col, int length, String value, boolean hidden) {
    public InputField {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      if (length < 1) {
        throw new IllegalArgumentException("field " + name + " needs a length of at least 1");
      }
    }
  }

  private final String name;
  private final List<Object> items = new ArrayList<>();
  private final Map<String, InputField> fields = new LinkedHashMap<>();
  private int cursorRow;
  private int cursorCol;
  private String inputError;

  /**
   * The answer of a host that refuses the input without leaving the screen, as IBM i does for a
   * field that fails its display file's checks: on 5250 the message goes to the error line and the
   * keyboard stays locked until Reset; a 3270 host shows it on the screen's last row.
   */
  public static HostScreen inputError(String message) {
    HostScreen error = new HostScreen("INPUT-ERROR");
    error.inputError = Objects.requireNonNull(message, "message");
    return error;
  }

  /** The message of an {@link #inputError}, or null for a screen. */
  String inputError() {
    return inputError;
  }

  /**
   * @param name the screen's identifier, such as {@code APMAIN}, for the host's own bookkeeping
   */
  public HostScreen(String name) {
    this.name = Objects.requireNonNull(name, "name");
  }

  public String name() {
    return name;
  }

  /** Writes plain text whose first character lands on {@code row, col}. */
  public HostScreen text(int row, int col, String text) {
    return write(row, col, false, text);
  }

  /** Writes high-intensity text, used for titles and messages. */
  public HostScreen bright(int row, int col, String text) {
    return write(row, col, true, text);
  }

  /** Adds an underlined input field whose first position is {@code row, col}. */
  public HostScreen input(String fieldName, int row, int col, int length, String value) {
    return field(new InputField(fieldName, row, col, length, value, false));
  }

  /** Adds an input field whose content is not displayed, such as a password. */
  public HostScreen hidden(String fieldName, int row, int col, int length) {
    return field(new InputField(fieldName, row, col, length, "", true));
  }

  /** Places the cursor; without this the terminal puts it in the first input field. */
  public HostScreen cursor(int row, int col) {
    cursorRow = row;
    cursorCol = col;
    return this;
  }

  /** The cursor position on the first input field with this name. */
  public HostScreen cursorOn(String fieldName) {
    InputField f = fields.get(fieldName);
    if (f == null) {
      throw new IllegalArgumentException("no field " + fieldName + " on screen " + name);
    }
    return cursor(f.row(), f.col());
  }

  public Map<String, InputField> fields() {
    return Map.copyOf(fields);
  }

  private HostScreen field(InputField f) {
    if (f.col() < 2) {
      throw new IllegalArgumentException("a field needs column 2 or more for its attribute byte");
    }
    fields.put(f.name(), f);
    items.add(f);
    return this;
  }

  private HostScreen write(int row, int col, boolean bright, String text) {
    if (col < 2) {
      throw new IllegalArgumentException("text needs column 2 or more for its attribute byte");
    }
    items.add(new Text(row, col, bright, text));
    return this;
  }

  /** A copy of this screen whose text on {@code row} is replaced by a bright message. */
  HostScreen withMessageOn(int row, String message) {
    HostScreen copy = new HostScreen(name);
    for (Object item : items) {
      if (item instanceof InputField f) {
        copy.field(f);
      } else if (item instanceof Text t && t.row() != row) {
        copy.items.add(t);
      }
    }
    copy.cursor(cursorRow, cursorCol);
    return copy.bright(row, 2, message);
  }

  /** Text at a position, normal or bright. */
  record Text(int row, int col, boolean bright, String text) {}

  List<Object> items() {
    return List.copyOf(items);
  }

  int cursorRow() {
    return cursorRow;
  }

  int cursorCol() {
    return cursorCol;
  }
}
