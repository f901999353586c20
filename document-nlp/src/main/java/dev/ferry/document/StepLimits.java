package dev.ferry.document;

import dev.ferry.document.layout.DocumentLimits;
import dev.ferry.engine.spi.ActionContext;
import dev.ferry.engine.spi.CancelledException;
import java.time.Duration;

/** The session's limits, with the timeout cut short when the step's deadline comes sooner. */
final class StepLimits {
  private StepLimits() {}

  static DocumentLimits of(ActionContext context) {
    if (context.isCancelled()) {
      throw new CancelledException("The transaction was cancelled before the document was read.");
    }
    DocumentLimits limits = context.session(DocumentSession.class).limits();
    if (context.deadline() == null) {
      return limits;
    }
    Duration left = Duration.between(context.clock().instant(), context.deadline());
    if (left.compareTo(limits.timeout()) >= 0) {
      return limits;
    }
    return limits.withTimeout(left.isNegative() || left.isZero() ? Duration.ofMillis(1) : left);
  }
}
