package dev.ferry.document.layout;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * A rectangle on a page in PDF points (1/72 inch) from the page's top-left corner, rounded to a
 * tenth of a point. Decimal rather than floating point so that it can be a process variable.
 */
public record BoundingBox(BigDecimal x, BigDecimal y, BigDecimal width, BigDecimal height) {
  public BoundingBox {
    Objects.requireNonNull(x, "x");
    Objects.requireNonNull(y, "y");
    Objects.requireNonNull(width, "width");
    Objects.requireNonNull(height, "height");
  }

  public static BoundingBox of(double x, double y, double width, double height) {
    return new BoundingBox(round(x), round(y), round(width), round(height));
  }

  /** The smallest box around all the given words; they must not be empty. */
  public static BoundingBox around(List<Word> words) {
    if (words.isEmpty()) {
      throw new IllegalArgumentException("no words to surround");
    }
    float left = Float.MAX_VALUE;
    float top = Float.MAX_VALUE;
    float right = -Float.MAX_VALUE;
    float bottom = -Float.MAX_VALUE;
    for (Word w : words) {
      left = Math.min(left, w.x());
      top = Math.min(top, w.y());
      right = Math.max(right, w.right());
      bottom = Math.max(bottom, w.bottom());
    }
    return of(left, top, right - left, bottom - top);
  }

  private static BigDecimal round(double v) {
    return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP);
  }
}
