package dev.ferry.engine.audit.report;

import dev.ferry.engine.spi.FerryException;

/** An audit report or export could not be made; the message says why and what to do. */
public class ReportException extends FerryException {
  private static final long serialVersionUID = 1L;

  public ReportException(String message) {
    super(message);
  }

  public ReportException(String message, Throwable cause) {
    super(message, cause);
  }
}
