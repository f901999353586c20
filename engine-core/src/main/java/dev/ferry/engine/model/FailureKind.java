package dev.ferry.engine.model;

/** The two kinds of failure a process distinguishes. */
public enum FailureKind {
  /** An expected rule violation; never retried; runs the business handler. */
  BUSINESS,
  /** A technical failure; retried under the retry policy. */
  SYSTEM
}
