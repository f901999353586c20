package dev.ferry.connector.terminal.action;

import dev.ferry.connector.terminal.Screen;
import java.util.Objects;

/**
 * What a step that changes the screen returns.
 *
 * @param message the host's message line after the step (row 24 or 27), empty when blank; a
 *     validation error such as "Vendor V999 not found." shows up here
 * @param title the first row of the screen, stripped, to tell screens apart
 */
public record ScreenOutput(String message, String title) {
  public ScreenOutput {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(title, "title");
  }

  static ScreenOutput of(Screen screen) {
    return new ScreenOutput(screen.messageLine(), screen.lines().get(0).strip());
  }
}
