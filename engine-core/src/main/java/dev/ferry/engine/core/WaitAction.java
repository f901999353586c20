package dev.ferry.engine.core;

import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.ActionContext;
import dev.ferry.engine.spi.CancelledException;
import dev.ferry.engine.spi.NoOutput;
import dev.ferry.engine.spi.Param;
import java.time.Duration;
import java.time.Instant;

/** {@code wait}: pauses the transaction, stopping early when it is cancelled. */
final class WaitAction implements Action<WaitAction.Input, NoOutput> {
  private static final long SLICE_MILLIS = 100;

  record Input(@Param("How long to wait, such as 30s or 5m.") Duration duration) {}

  @Override
  public String name() {
    return "wait";
  }

  @Override
  public String description() {
    return "Waits for a while, such as for a slow application to catch up.";
  }

  @Override
  public Class<Input> inputType() {
    return Input.class;
  }

  @Override
  public Class<NoOutput> outputType() {
    return NoOutput.class;
  }

  @Override
  public boolean idempotent() {
    return true;
  }

  @Override
  public NoOutput execute(Input input, ActionContext context) {
    Instant until = context.clock().instant().plus(input.duration());
    if (until.isAfter(context.deadline())) {
      until = context.deadline();
    }
    try {
      while (context.clock().instant().isBefore(until)) {
        if (context.isCancelled()) {
          throw new CancelledException("cancelled while waiting in " + context.stepPath());
        }
        long left = Duration.between(context.clock().instant(), until).toMillis();
        Thread.sleep(Math.max(1, Math.min(SLICE_MILLIS, left)));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancelledException("interrupted while waiting in " + context.stepPath());
    }
    return NoOutput.INSTANCE;
  }
}
