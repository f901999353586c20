package dev.ferry.engine.core;

import java.util.Map;

/**
 * An action output whose entries become process variables directly, rather than under a {@code
 * save-as:} name. The core {@code set} action returns one.
 */
public interface AssignsVariables {
  /** Variable name to expression value; never null. */
  Map<String, Object> assignments();
}
