package dev.ferry.engine.expr;

import dev.ferry.engine.spi.FerryException;

/**
 * A value that cannot be converted to the type an action or configuration needs, such as the text
 * {@code abc} for a whole number. The message is plain English and names where the value is, for
 * example {@code at lines[2].quantity: expected a whole number but got 'abc'}.
 */
public class ConversionException extends FerryException {
  private static final long serialVersionUID = 1L;

  public ConversionException(String message) {
    super(message);
  }

  public ConversionException(String message, Throwable cause) {
    super(message, cause);
  }
}
