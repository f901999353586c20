package dev.ferry.engine.expr;

import dev.ferry.engine.spi.FerryException;

/** An expression that cannot be parsed or evaluated. */
public class ExpressionException extends FerryException {
  private static final long serialVersionUID = 1L;
  private final int position;

  /**
   * @param position the 0-based character offset in the expression's source where the problem is,
   *     or -1 when unknown
   */
  public ExpressionException(String message, int position) {
    super(message);
    this.position = position;
  }

  public int position() {
    return position;
  }
}
