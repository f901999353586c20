package dev.ferry.engine.spi;

import java.util.Objects;

/**
 * An expected rule violation, such as an invoice without a total. It is never retried; the
 * process's business failure handler runs instead.
 */
public class BusinessException extends FerryException {
  private static final long serialVersionUID = 1L;
  private final String code;

  /**
   * @param code a stable, upper-case code that handlers and reports can match on, such as {@code
   *     NO_TOTAL}; never null
   * @param message a plain-English explanation for the person who reviews the case
   */
  public BusinessException(String code, String message) {
    super(message);
    this.code = Objects.requireNonNull(code, "code");
  }

  public String code() {
    return code;
  }
}
