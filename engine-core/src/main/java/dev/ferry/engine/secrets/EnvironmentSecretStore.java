package dev.ferry.engine.secrets;

import dev.ferry.engine.spi.Secret;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Secrets from environment variables: the secret {@code ledger-clerk.password} is read from {@code
 * FERRY_SECRET_LEDGER_CLERK_PASSWORD}.
 */
public final class EnvironmentSecretStore implements SecretStore {
  private final Map<String, String> environment;

  public EnvironmentSecretStore(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  public static EnvironmentSecretStore system() {
    return new EnvironmentSecretStore(System.getenv());
  }

  /** The environment variable that holds the secret of that name. */
  public static String variableFor(String secretName) {
    return "FERRY_SECRET_" + secretName.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
  }

  @Override
  public Optional<Secret> find(String name) {
    return Optional.ofNullable(environment.get(variableFor(name))).map(Secret::new);
  }

  @Override
  public String describe() {
    return "environment variables FERRY_SECRET_*";
  }
}
