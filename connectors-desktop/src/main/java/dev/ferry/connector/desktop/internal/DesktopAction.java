package dev.ferry.connector.desktop.internal;

import dev.ferry.connector.desktop.DesktopException;
import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.ActionContext;
import dev.ferry.engine.spi.BusinessException;
import dev.ferry.engine.spi.CancelledException;
import dev.ferry.engine.spi.Evidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One desktop action: its name, types and body, plus what every desktop step does around the body:
 * the availability check, the CALLS evidence and screenshot afterwards, and evidence on failure.
 */
public final class DesktopAction<I extends Record, O extends Record> implements Action<I, O> {

  /** What an action needs from the machine. */
  public enum Needs {
    /** Windows COM. */
    COM,
    /** A display for java.awt.Robot. */
    SCREEN
  }

  /** The work an action does in a session. */
  @FunctionalInterface
  public interface Body<I, O> {
    O run(I input, DesktopSession session, ActionContext context);
  }

  private final String name;
  private final String description;
  private final Class<I> inputType;
  private final Class<O> outputType;
  private final boolean idempotent;
  private final Needs needs;
  private final boolean screenshotAfter;
  private final Body<I, O> body;

  private DesktopAction(
      String name,
      String description,
      Class<I> inputType,
      Class<O> outputType,
      boolean idempotent,
      Needs needs,
      boolean screenshotAfter,
      Body<I, O> body) {
    this.name = name;
    this.description = description;
    this.inputType = inputType;
    this.outputType = outputType;
    this.idempotent = idempotent;
    this.needs = needs;
    this.screenshotAfter = screenshotAfter;
    this.body = body;
  }

  static <I extends Record, O extends Record> DesktopAction<I, O> com(
      String name,
      String description,
      Class<I> in,
      Class<O> out,
      boolean idempotent,
      Body<I, O> body) {
    return new DesktopAction<>(name, description, in, out, idempotent, Needs.COM, true, body);
  }

  static <I extends Record, O extends Record> DesktopAction<I, O> screen(
      String name,
      String description,
      Class<I> in,
      Class<O> out,
      boolean idempotent,
      boolean screenshotAfter,
      Body<I, O> body) {
    return new DesktopAction<>(
        name, description, in, out, idempotent, Needs.SCREEN, screenshotAfter, body);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public Class<I> inputType() {
    return inputType;
  }

  @Override
  public Class<O> outputType() {
    return outputType;
  }

  @Override
  public boolean idempotent() {
    return idempotent;
  }

  public Needs needs() {
    return needs;
  }

  @Override
  public String unavailableReason() {
    if (needs == Needs.COM && !isWindows()) {
      return "Windows only: "
          + name
          + " uses COM automation, which exists only on Windows (this machine runs "
          + System.getProperty("os.name")
          + ")";
    }
    if (needs == Needs.SCREEN && !DesktopSession.displayPresent()) {
      return "needs a graphical desktop: "
          + name
          + " sends keys and clicks to a display, and this Java runs headless (no DISPLAY)";
    }
    return null;
  }

  @Override
  public O execute(I input, ActionContext context) {
    if (context.isCancelled()) {
      throw new CancelledException(name + " was not started: the transaction was cancelled");
    }
    DesktopSession session = context.session(DesktopSession.class);
    O output;
    try {
      output = body.run(input, session, context);
    } catch (DesktopException e) {
      List<Evidence> evidence = new ArrayList<>(e.evidence());
      evidence.addAll(session.failureEvidence());
      throw e.withEvidence(evidence);
    } catch (BusinessException e) {
      session.failureEvidence().forEach(context.evidence()::record);
      throw e;
    }
    session.recordSuccess(context, screenshotAfter);
    return output;
  }

  static boolean isWindows() {
    return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
  }

  @Override
  public String toString() {
    return name;
  }
}
