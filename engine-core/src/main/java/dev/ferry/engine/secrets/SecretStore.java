package dev.ferry.engine.secrets;

import dev.ferry.engine.spi.Secret;
import java.util.Optional;

/** Where secret values come from: environment variables, an encrypted file, an external vault. */
public interface SecretStore {

  /** The secret of that name, or empty when this store does not hold it. */
  Optional<Secret> find(String name);

  /** A short description for error messages, such as "environment variables FERRY_SECRET_*". */
  String describe();
}
