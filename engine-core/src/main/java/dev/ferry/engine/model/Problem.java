package dev.ferry.engine.model;

import java.util.Objects;

/** One thing wrong with a definition, with where it is and a plain-English message. */
public record Problem(SourceLocation location, String message) {
  public Problem {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return location + ": " + message;
  }
}
