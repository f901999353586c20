package dev.ferry.engine.spi;

import java.util.Objects;

/**
 * A user name and password resolved from the secret store for an application. The password's {@code
 * toString()} is redacted.
 */
public record Credentials(String username, Secret password) {
  public Credentials {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
  }
}
