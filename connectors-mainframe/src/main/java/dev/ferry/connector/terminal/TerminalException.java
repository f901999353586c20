package dev.ferry.connector.terminal;

import dev.ferry.engine.spi.Evidence;
import dev.ferry.engine.spi.SystemException;
import java.util.List;

/**
 * A terminal failure that is worth retrying: an unexpected screen, a timeout, a disconnect or a
 * keyboard that stays locked. It carries the screen text as evidence, and its message repeats the
 * host's message line when there is one.
 */
public class TerminalException extends SystemException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what went wrong, where, and what to do
   * @param screen the screen at the moment of failure, or null when there is none (no connection)
   * @param cause the underlying error, or null
   */
  public TerminalException(String message, Screen screen, Throwable cause) {
    super(withHostMessage(message, screen), cause, evidence(screen));
  }

  public TerminalException(String message, Screen screen) {
    this(message, screen, null);
  }

  private static String withHostMessage(String message, Screen screen) {
    if (screen == null || screen.messageLine().isEmpty()) {
      return message;
    }
    return message + " The host's message line says: \"" + screen.messageLine() + "\".";
  }

  private static List<Evidence> evidence(Screen screen) {
    return screen == null
        ? List.of()
        : List.of(Evidence.text(Evidence.Kind.SCREEN_TEXT, "at failure", screen.text()));
  }
}
