package dev.ferry.connector.desktop;

import dev.ferry.engine.spi.Evidence;
import dev.ferry.engine.spi.SystemException;
import java.util.List;

/**
 * A technical failure on the desktop: a COM error, a stuck program, a window that never appeared,
 * no display. Retried by the engine like every {@link SystemException}.
 */
public class DesktopException extends SystemException {
  private static final long serialVersionUID = 1L;

  public DesktopException(String message) {
    super(message);
  }

  public DesktopException(String message, Throwable cause) {
    super(message, cause);
  }

  public DesktopException(String message, Throwable cause, List<Evidence> evidence) {
    super(message, cause, evidence);
  }

  /**
   * The same failure with evidence attached, as the action that failed adds it: the COM calls made
   * and a screenshot. Subclasses keep their own type and details.
   */
  public DesktopException withEvidence(List<Evidence> evidence) {
    return new DesktopException(getMessage(), getCause(), evidence);
  }
}
