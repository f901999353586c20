package dev.ferry.connector.web;

import dev.ferry.engine.spi.Evidence;
import dev.ferry.engine.spi.SystemException;
import java.util.List;

/**
 * A technical failure in the browser: an element that did not appear in time, a navigation error, a
 * crashed page or a lost browser. The engine retries the step; an unhealthy session is reopened
 * first. The message names the selector and the URL; {@link #evidence()} holds a screenshot, the
 * page's HTML and its URL at the moment of failure, when the page could still give them.
 */
public class WebException extends SystemException {
  private static final long serialVersionUID = 1L;
  private final String selector;
  private final String url;

  /**
   * @param selector the selector or target involved, or null
   * @param url the page's URL at the moment of failure, or null when unknown
   */
  public WebException(
      String message, String selector, String url, Throwable cause, List<Evidence> evidence) {
    super(message, cause, evidence);
    this.selector = selector;
    this.url = url;
  }

  /** The selector involved, or null when the failure concerned no element. */
  public String selector() {
    return selector;
  }

  /** The page's URL at the moment of failure, or null when unknown. */
  public String url() {
    return url;
  }
}
