package dev.ferry.engine.internal;

import dev.ferry.engine.model.ApplicationSpec;
import dev.ferry.engine.model.Step;
import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.Connector;

/** A step's action together with the application and connector it runs in. */
record ResolvedAction(ApplicationSpec app, Connector<?> connector, Action<?, ?> action) {
  /**
   * Core actions are quick and bounded by their own timeouts, so they run on the caller's thread.
   */
  boolean runsInline() {
    return "core".equals(connector.id());
  }

  /**
   * Whether the step may run again after a crash: its own idempotent: if set, else the action's.
   */
  boolean idempotentIn(Step.ActionStep step) {
    return step.idempotent() != null ? step.idempotent() : action.idempotent();
  }
}
