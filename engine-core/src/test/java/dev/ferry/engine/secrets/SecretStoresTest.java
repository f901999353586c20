package dev.ferry.engine.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.engine.spi.BusinessException;
import dev.ferry.engine.spi.Credentials;
import dev.ferry.engine.spi.Secret;
import dev.ferry.engine.spi.SecretRef;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretStoresTest {
  @TempDir Path dataDir;

  @Test
  void usesOnlyTheEnvironmentUntilTheEncryptedFileExists() {
    assertThat(SecretStores.forDataDirectory(dataDir, Map.of()))
        .singleElement()
        .isInstanceOf(EnvironmentSecretStore.class);

    EncryptedFileSecretStore.inDataDirectory(dataDir, Map.of())
        .set("portal.password", new Secret("from-the-file"));

    assertThat(SecretStores.forDataDirectory(dataDir, Map.of()))
        .extracting(Object::getClass)
        .containsExactly(EnvironmentSecretStore.class, EncryptedFileSecretStore.class);
  }

  @Test
  void letsAnEnvironmentVariableOverrideTheStoredValue() {
    EncryptedFileSecretStore.inDataDirectory(dataDir, Map.of())
        .set("portal.password", new Secret("from-the-file"));
    Map<String, String> environment = Map.of("FERRY_SECRET_PORTAL_PASSWORD", "from-the-env");

    StoreSecretResolver resolver =
        new StoreSecretResolver(
            SecretStores.forDataDirectory(dataDir, environment), new Redactor());

    assertThat(resolver.resolve(new SecretRef("portal.password")).reveal())
        .isEqualTo("from-the-env");
  }

  @Test
  void resolvesCredentialsFromTheFileAndRegistersThemForRedaction() {
    EncryptedFileSecretStore file = EncryptedFileSecretStore.inDataDirectory(dataDir, Map.of());
    file.set("ledger-clerk.username", new Secret("CLERK01"));
    file.set("ledger-clerk.password", new Secret("s3cret-pw"));
    Redactor redactor = new Redactor();

    Credentials credentials =
        new StoreSecretResolver(SecretStores.forDataDirectory(dataDir, Map.of()), redactor)
            .credentials(new SecretRef("ledger-clerk"));

    assertThat(credentials.username()).isEqualTo("CLERK01");
    assertThat(credentials.password().reveal()).isEqualTo("s3cret-pw");
    assertThat(redactor.redact("signed on as CLERK01 with s3cret-pw"))
        .isEqualTo("signed on as ****** with ******");
  }

  @Test
  void namesTheFileAndTheCommandWhenASecretIsMissing() {
    EncryptedFileSecretStore.inDataDirectory(dataDir, Map.of()).set("other", new Secret("value"));

    assertThatThrownBy(
            () ->
                new StoreSecretResolver(
                        SecretStores.forDataDirectory(dataDir, Map.of()), new Redactor())
                    .resolve(new SecretRef("portal.password")))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining(
            "the encrypted file " + dataDir.resolve("secrets.enc").toAbsolutePath())
        .hasMessageContaining("ferry secrets set portal.password");
  }
}
