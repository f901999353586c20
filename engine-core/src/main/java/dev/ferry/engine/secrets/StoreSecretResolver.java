package dev.ferry.engine.secrets;

import dev.ferry.engine.spi.BusinessException;
import dev.ferry.engine.spi.Secret;
import dev.ferry.engine.spi.SecretRef;
import dev.ferry.engine.spi.SecretResolver;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Resolves secret references against a list of stores, first match wins, and registers every value
 * it hands out with the redactor.
 */
public final class StoreSecretResolver implements SecretResolver {
  private final List<SecretStore> stores;
  private final Redactor redactor;

  public StoreSecretResolver(List<SecretStore> stores, Redactor redactor) {
    this.stores = List.copyOf(stores);
    this.redactor = redactor;
  }

  @Override
  public Secret resolve(SecretRef ref) {
    for (SecretStore store : stores) {
      Optional<Secret> secret = store.find(ref.name());
      if (secret.isPresent()) {
        redactor.register(secret.get().reveal());
        return secret.get();
      }
    }
    throw new BusinessException(
        "SECRET_NOT_FOUND",
        "no secret named '"
            + ref.name()
            + "' in "
            + stores.stream().map(SecretStore::describe).collect(Collectors.joining(", "))
            + "; set it with 'ferry secrets set "
            + ref.name()
            + "' or the environment variable "
            + EnvironmentSecretStore.variableFor(ref.name()));
  }
}
