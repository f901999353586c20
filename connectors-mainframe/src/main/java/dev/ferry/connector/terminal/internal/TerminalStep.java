package dev.ferry.connector.terminal.internal;

import dev.ferry.connector.terminal.Screen;
import dev.ferry.connector.terminal.Terminal;
import dev.ferry.connector.terminal.TerminalException;
import dev.ferry.engine.spi.ActionContext;
import dev.ferry.engine.spi.Evidence;
import java.time.Duration;
import java.time.Instant;

/**
 * What every {@code terminal.*} action does around its own work: screen text before and after as
 * evidence (and a rendered image after, when the ledger keeps screenshots), and a timeout bounded
 * by the step's deadline.
 */
public final class TerminalStep {
  private final ActionContext context;
  private final Terminal terminal;

  private TerminalStep(ActionContext context, Terminal terminal) {
    this.context = context;
    this.terminal = terminal;
  }

  /** Finds the step's terminal and records the screen as it was before the step. */
  public static TerminalStep begin(ActionContext context) {
    Terminal terminal = context.session(Terminal.class);
    TerminalStep step = new TerminalStep(context, terminal);
    step.record("before", terminal.screen(), false);
    return step;
  }

  public Terminal terminal() {
    return terminal;
  }

  /** Records the screen after the step and returns it. */
  public Screen end() {
    Screen after = terminal.screen();
    record("after", after, context.evidence().screenshotsOnSuccess());
    return after;
  }

  /** Records a note, such as the fields written (never a hidden field's value). */
  public void note(Evidence.Kind kind, String label, String text) {
    context.evidence().record(Evidence.text(kind, label, text));
  }

  private void record(String label, Screen screen, boolean image) {
    context.evidence().record(Evidence.text(Evidence.Kind.SCREEN_TEXT, label, screen.text()));
    if (image) {
      try {
        context.evidence().record(Evidence.screenshot(label, "image/png", ScreenImage.png(screen)));
      } catch (RuntimeException | LinkageError e) {
        // an image is a convenience; the screen text above is the evidence of record
      }
    }
  }

  /**
   * How long the step may wait: the requested timeout, or the session's default, but never past the
   * step's deadline.
   */
  public Duration timeout(Duration requested) {
    Duration wanted = requested != null ? requested : terminal.defaultTimeout();
    Instant deadline = context.deadline();
    if (deadline == null) {
      return wanted;
    }
    Duration left = Duration.between(context.clock().instant(), deadline);
    if (left.isNegative() || left.isZero()) {
      throw new TerminalException(
          "The step's deadline passed before it could wait for " + terminal.address() + ".",
          terminal.screen());
    }
    return left.compareTo(wanted) < 0 ? left : wanted;
  }
}
