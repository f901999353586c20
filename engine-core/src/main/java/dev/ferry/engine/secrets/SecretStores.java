package dev.ferry.engine.secrets;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The secret stores a node uses, in the order they are asked. */
public final class SecretStores {
  private SecretStores() {}

  /**
   * Environment variables first, so an operator can override a stored value for one run, then the
   * encrypted file {@code <dataDirectory>/secrets.enc} when it exists.
   */
  public static List<SecretStore> forDataDirectory(Path dataDirectory) {
    return forDataDirectory(dataDirectory, System.getenv());
  }

  /** As {@link #forDataDirectory(Path)}, with the given environment instead of the process's. */
  public static List<SecretStore> forDataDirectory(
      Path dataDirectory, Map<String, String> environment) {
    List<SecretStore> stores = new ArrayList<>();
    stores.add(new EnvironmentSecretStore(environment));
    EncryptedFileSecretStore file =
        EncryptedFileSecretStore.inDataDirectory(dataDirectory, environment);
    if (file.exists()) {
      stores.add(file);
    }
    return List.copyOf(stores);
  }
}
