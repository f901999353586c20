package dev.ferry.connector.desktop.internal;

import dev.ferry.connector.desktop.ComBridge;
import dev.ferry.connector.desktop.DesktopConfig;
import dev.ferry.engine.spi.ActionContext;
import dev.ferry.engine.spi.ConnectorSession;
import dev.ferry.engine.spi.Evidence;
import java.awt.GraphicsEnvironment;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One transaction's hold on the desktop: a COM apartment with the objects it made (started on the
 * first COM step), and screen input. Used by one engine thread at a time; all COM calls go through
 * the session's own STA thread, whichever thread runs the step.
 */
public final class DesktopSession implements ConnectorSession {
  private final DesktopConfig config;
  private final String applicationName;
  private final Supplier<ComBridge> bridges;
  private ComSession com;
  private ScreenInput screen;

  public DesktopSession(DesktopConfig config, String applicationName, Supplier<ComBridge> bridges) {
    this.config = config;
    this.applicationName = applicationName;
    this.bridges = bridges;
  }

  public DesktopConfig config() {
    return config;
  }

  /** The COM side, started on first use: the bridge is made and its STA thread entered. */
  public ComSession com() {
    if (com == null) {
      com =
          new ComSession(
              bridges.get(), "ferry-desktop-sta-" + applicationName, config.comCallTimeout());
    }
    return com;
  }

  /**
   * Screen-level input.
   *
   * @throws dev.ferry.connector.desktop.DesktopException when there is no display
   */
  public ScreenInput screen() {
    if (screen == null) {
      screen = ScreenInput.open(config.inputDelay());
    }
    return screen;
  }

  /** Records what the step did: the COM calls it made and, when wanted, a screenshot. */
  void recordSuccess(ActionContext context, boolean screenshot) {
    String calls = com == null ? "" : com.drainJournal();
    if (!calls.isEmpty()) {
      context.evidence().record(Evidence.text(Evidence.Kind.CALLS, "COM calls", calls));
    }
    if (screenshot
        && config.screenshots()
        && context.evidence().screenshotsOnSuccess()
        && displayPresent()) {
      try {
        screen().capture("after").ifPresent(context.evidence()::record);
      } catch (RuntimeException e) {
        // The step itself succeeded; a missing screenshot must not turn it into a failure.
        context
            .evidence()
            .record(Evidence.text(Evidence.Kind.NOTE, "no screenshot", String.valueOf(e)));
      }
    }
  }

  /** What to attach to a failure: the COM calls made so far and the screen, when there is one. */
  List<Evidence> failureEvidence() {
    List<Evidence> evidence = new ArrayList<>();
    String calls = com == null ? "" : com.drainJournal();
    if (!calls.isEmpty()) {
      evidence.add(Evidence.text(Evidence.Kind.CALLS, "COM calls before the failure", calls));
    }
    if (displayPresent()) {
      try {
        screen().capture("at failure").ifPresent(evidence::add);
      } catch (RuntimeException e) {
        evidence.add(Evidence.text(Evidence.Kind.NOTE, "no screenshot", e.getMessage()));
      }
    }
    return evidence;
  }

  static boolean displayPresent() {
    return !GraphicsEnvironment.isHeadless();
  }

  @Override
  public boolean isHealthy() {
    return com == null || com.isHealthy();
  }

  @Override
  public void close() {
    if (com != null) {
      com.close();
      com = null;
    }
    screen = null;
  }
}
