package dev.ferry.connector.terminal;

import dev.ferry.engine.spi.ConnectorSession;
import dev.ferry.engine.spi.SecretRef;
import java.time.Duration;

/**
 * An open terminal session, 5250 or 3270, as the {@code terminal.*} actions see it.
 *
 * <p>Threading: used by one thread at a time (the engine's rule for sessions); the emulator's own
 * reader thread updates the screen in the background, so {@link #screen()} is a snapshot.
 */
public interface Terminal extends ConnectorSession {

  /** A snapshot of the screen now. */
  Screen screen();

  /**
   * Replaces the content of an input field (the rest is blanked), marking it modified.
   *
   * @throws TerminalException when the field is protected or the value does not fit
   */
  void fill(Field field, String value);

  /**
   * Types text at a position, as a person would: into the input field under that position.
   *
   * @throws TerminalException when the position is not in an input field
   */
  void typeAt(int row, int col, String text);

  /**
   * Presses a key. An attention key (Enter, PFn, PAn, Clear, Roll) sends the screen and returns
   * once the host has answered and the keyboard is unlocked again.
   *
   * @throws TerminalException when the keyboard stays locked past {@code timeout}, or the host
   *     disconnects
   */
  void press(TerminalKey key, Duration timeout);

  /** The wait that actions use when a step sets none. */
  Duration defaultTimeout();

  /**
   * The application's {@code credentials:} reference, used by {@code terminal.sign-on}; null when
   * the application has none.
   */
  SecretRef credentials();

  /** Where the session is connected, such as {@code tn5250://127.0.0.1:2323}, for messages. */
  String address();
}
