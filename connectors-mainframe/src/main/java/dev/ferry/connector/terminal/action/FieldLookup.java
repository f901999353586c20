package dev.ferry.connector.terminal.action;

import dev.ferry.connector.terminal.Field;
import dev.ferry.connector.terminal.Screen;
import dev.ferry.connector.terminal.Terminal;
import dev.ferry.connector.terminal.TerminalException;

/** Finds a field by label or position, failing with what the screen offers instead. */
final class FieldLookup {
  private FieldLookup() {}

  static Field find(Screen screen, String labelOrPosition, Terminal terminal) {
    return screen
        .field(labelOrPosition)
        .orElseThrow(
            () ->
                new TerminalException(
                    "No field '"
                        + labelOrPosition
                        + "' on the screen of "
                        + terminal.address()
                        + " (first row: \""
                        + screen.lines().get(0).strip()
                        + "\"). Fields here: "
                        + screen.fields()
                        + ". Check the label or use row,col.",
                    screen));
  }
}
