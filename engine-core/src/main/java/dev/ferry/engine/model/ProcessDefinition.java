package dev.ferry.engine.model;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A named, versioned, validated process definition. Every transaction is pinned to the definition
 * it started with, identified by {@code name}, {@code version} and the {@code sha256} of its
 * source.
 *
 * @param trigger null when the process is only started by hand or through the API
 * @param priority how soon its work items run when they wait for a worker: higher first; 0 unless
 *     the definition says
 * @param deadline how long after it is created a transaction should have ended; work with a
 *     deadline is taken first. Null for none
 * @param sourceText the YAML it was loaded from, kept so that a resumed transaction runs the same
 *     definition
 */
public record ProcessDefinition(
    String name,
    int version,
    String description,
    List<InputSpec> inputs,
    Map<String, ApplicationSpec> applications,
    List<Step> steps,
    TriggerSpec trigger,
    int priority,
    Duration deadline,
    FailureHandlers onFailure,
    String sourceFile,
    String sourceText,
    String sha256) {
  public ProcessDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(onFailure, "onFailure");
    inputs = List.copyOf(inputs);
    applications =
        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(applications));
    steps = List.copyOf(steps);
  }
}
