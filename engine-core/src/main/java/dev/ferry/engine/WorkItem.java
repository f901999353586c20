package dev.ferry.engine;

import dev.ferry.engine.model.ProcessDefinition;
import java.util.Map;

/**
 * What a transaction works on: its inputs, its identity and what started it.
 *
 * @param inputs values for the definition's declared inputs
 * @param businessKey identity used to drop duplicates, such as a Message-ID; null for none
 * @param trigger what the trigger knows (the mail, the file), seen by expressions as {@code
 *     trigger}
 * @param priority higher runs first when transactions wait in the queue; 0 leaves it to the
 *     definition's {@code priority:}
 */
public record WorkItem(
    Map<String, Object> inputs, String businessKey, Map<String, Object> trigger, int priority) {
  public WorkItem {
    inputs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(inputs));
    trigger = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(trigger));
  }

  public static WorkItem of(Map<String, Object> inputs) {
    return new WorkItem(inputs, null, Map.of(), 0);
  }

  public WorkItem withBusinessKey(String key) {
    return new WorkItem(inputs, key, trigger, priority);
  }

  /** This item's own priority, or its definition's when it has none. */
  public int priorityIn(ProcessDefinition definition) {
    return priority != 0 ? priority : definition.priority();
  }
}
