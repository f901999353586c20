package dev.ferry.engine.spi;

/** Thrown when a transaction was cancelled while a step ran. Never retried. */
public class CancelledException extends FerryException {
  private static final long serialVersionUID = 1L;

  public CancelledException(String message) {
    super(message);
  }
}
