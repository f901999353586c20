package dev.ferry.engine.spi;

/** The root of every exception Ferry throws on purpose. Unchecked. */
public class FerryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public FerryException(String message) {
    super(message);
  }

  public FerryException(String message, Throwable cause) {
    super(message, cause);
  }
}
