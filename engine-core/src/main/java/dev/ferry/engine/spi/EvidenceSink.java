package dev.ferry.engine.spi;

/**
 * Where an action records evidence for its step. Evidence is stored with the step when the step's
 * checkpoint commits. Implementations are not thread-safe; call them from the action's thread.
 */
public interface EvidenceSink {
  void record(Evidence evidence);

  /** Whether screenshots are kept for successful steps; when false, record them only on failure. */
  default boolean screenshotsOnSuccess() {
    return true;
  }
}
