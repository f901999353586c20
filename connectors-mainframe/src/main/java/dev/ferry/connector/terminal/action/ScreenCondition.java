package dev.ferry.connector.terminal.action;

import dev.ferry.connector.terminal.Screen;
import dev.ferry.connector.terminal.Terminal;
import dev.ferry.connector.terminal.TerminalException;
import java.time.Duration;
import java.util.function.Function;

/**
 * Polls the screen until a condition holds. A condition returns null when satisfied, or a sentence
 * saying what is still missing, which becomes the failure message.
 */
final class ScreenCondition {
  private static final long POLL_MILLIS = 10;

  private ScreenCondition() {}

  static Screen await(
      Terminal terminal, Duration timeout, Function<Screen, String> missing, String what) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Screen screen = terminal.screen();
      String problem = missing.apply(screen);
      if (problem == null) {
        return screen;
      }
      if (!terminal.isHealthy()) {
        throw new TerminalException(
            "The session to " + terminal.address() + " was lost while waiting for " + what + ".",
            screen);
      }
      if (System.nanoTime() >= deadline) {
        throw new TerminalException(
            problem + " after waiting " + timeout + " on " + terminal.address() + ".", screen);
      }
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new TerminalException("Interrupted while waiting for " + what + ".", screen);
      }
    }
  }
}
