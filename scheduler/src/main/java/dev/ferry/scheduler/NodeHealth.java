package dev.ferry.scheduler;

import java.util.List;

/**
 * Whether a node is fit to take work, and if not, why.
 *
 * @param healthy false when any trigger has a problem, such as an unreachable mailbox
 * @param problems one sentence per problem, naming the trigger and what to check; empty when
 *     healthy
 */
public record NodeHealth(boolean healthy, List<String> problems) {
  public NodeHealth {
    problems = List.copyOf(problems);
  }

  public static NodeHealth of(List<String> problems) {
    return new NodeHealth(problems.isEmpty(), problems);
  }
}
