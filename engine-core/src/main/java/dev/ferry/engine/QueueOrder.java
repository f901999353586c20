package dev.ferry.engine;

import java.time.Instant;
import java.util.Comparator;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The order in which waiting work is taken, the one UiPath Orchestrator documents for its queues:
 * first the items with a deadline, by priority (higher first), then the earlier deadline; then the
 * items without one, by priority. Add the order of arrival to break the remaining ties.
 */
public final class QueueOrder {
  private QueueOrder() {}

  public static <T> Comparator<T> of(ToIntFunction<T> priority, Function<T, Instant> dueAt) {
    return Comparator.comparing((T item) -> dueAt.apply(item) == null)
        .thenComparing(Comparator.comparingInt(priority).reversed())
        .thenComparing(dueAt, Comparator.nullsLast(Comparator.naturalOrder()));
  }
}
