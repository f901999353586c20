package dev.ferry.engine.model;

import java.util.List;
import java.util.Objects;

/**
 * A definition's {@code on-failure:} section.
 *
 * @param business steps run after a business failure, such as replying to the sender
 * @param system steps run after a system failure that exhausted its retries
 * @param systemRetry the process-wide retry policy for system failures
 */
public record FailureHandlers(List<Step> business, List<Step> system, RetryPolicy systemRetry) {
  public static final FailureHandlers NONE =
      new FailureHandlers(List.of(), List.of(), RetryPolicy.NONE);

  public FailureHandlers {
    business = List.copyOf(business);
    system = List.copyOf(system);
    Objects.requireNonNull(systemRetry, "systemRetry");
  }
}
