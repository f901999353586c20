package dev.ferry.scheduler.internal;

import dev.ferry.engine.model.ProcessDefinition;
import java.util.Optional;

/** Something that watches the outside world and hands work items to the worker pool. */
public interface Trigger extends AutoCloseable {
  /** Starts watching on a thread of its own; returns at once. */
  void start();

  /**
   * Hands later work items to a new version of the definition, whose {@code trigger:} is the same;
   * work already handed over runs on with the version it was given.
   */
  void use(ProcessDefinition definition);

  /** What is wrong right now, as a sentence for operators; empty when all is well. */
  Optional<String> problem();

  /** Stops watching; work already handed over still finishes. */
  @Override
  void close();
}
