package dev.ferry.engine.spi;

import java.util.List;

/**
 * A technical failure: a timeout, a lost session, an element that did not appear. It is retried
 * under the step's or the application's retry policy. Connectors subclass it to add detail.
 */
public class SystemException extends FerryException {
  private static final long serialVersionUID = 1L;
  private final transient List<Evidence> evidence;

  public SystemException(String message) {
    this(message, null, List.of());
  }

  public SystemException(String message, Throwable cause) {
    this(message, cause, List.of());
  }

  /**
   * @param evidence what the application showed at the moment of failure (a screenshot, the screen
   *     text, the page's HTML); recorded with the failed step
   */
  public SystemException(String message, Throwable cause, List<Evidence> evidence) {
    super(message, cause);
    this.evidence = List.copyOf(evidence);
  }

  /** Evidence captured at the moment of failure; never null, possibly empty. */
  public List<Evidence> evidence() {
    return evidence == null ? List.of() : evidence;
  }
}
