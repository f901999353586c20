package dev.ferry.engine.model;

import dev.ferry.engine.spi.SecretRef;
import java.util.Objects;

/**
 * An application a process works in, reached through a connector.
 *
 * @param credentials the secret holding its user name and password; null for none
 * @param maxSessions how many sessions to it may be open at once across the node
 * @param rateLimit null for no limit
 * @param retry the retry policy for system failures of its steps; null to use the process's
 * @param config the connector's configuration, bound to the connector's config record
 */
public record ApplicationSpec(
    String name,
    String connector,
    SecretRef credentials,
    int maxSessions,
    RateLimit rateLimit,
    RetryPolicy retry,
    BoundInput config,
    SourceLocation location) {
  public ApplicationSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(connector, "connector");
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(location, "location");
    if (maxSessions < 1) {
      throw new IllegalArgumentException("max-sessions must be at least 1, was " + maxSessions);
    }
  }
}
