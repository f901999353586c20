package dev.ferry.connector.desktop;

import dev.ferry.engine.spi.Evidence;
import java.util.List;

/** A window or a control in it did not appear, or could not be activated, in time. */
public class WindowNotFoundException extends DesktopException {
  private static final long serialVersionUID = 1L;

  public WindowNotFoundException(String message) {
    super(message);
  }

  private WindowNotFoundException(String message, Throwable cause, List<Evidence> evidence) {
    super(message, cause, evidence);
  }

  @Override
  public WindowNotFoundException withEvidence(List<Evidence> evidence) {
    return new WindowNotFoundException(getMessage(), getCause(), evidence);
  }
}
