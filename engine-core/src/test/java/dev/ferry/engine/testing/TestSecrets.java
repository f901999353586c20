package dev.ferry.engine.testing;

import dev.ferry.engine.spi.BusinessException;
import dev.ferry.engine.spi.Secret;
import dev.ferry.engine.spi.SecretRef;
import dev.ferry.engine.spi.SecretResolver;
import java.util.Map;

/** A secret resolver over a fixed map, for tests. */
public final class TestSecrets implements SecretResolver {
  private final Map<String, String> values;

  public TestSecrets(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  public static TestSecrets none() {
    return new TestSecrets(Map.of());
  }

  /** Secrets {@code <name>.username} and {@code <name>.password}. */
  public static TestSecrets credentials(String name, String username, String password) {
    return new TestSecrets(Map.of(name + ".username", username, name + ".password", password));
  }

  @Override
  public Secret resolve(SecretRef ref) {
    String value = values.get(ref.name());
    if (value == null) {
      throw new BusinessException("SECRET_NOT_FOUND", "no secret named '" + ref.name() + "'");
    }
    return new Secret(value);
  }
}
