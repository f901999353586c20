package dev.ferry.engine.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.ferry.engine.spi.FerryException;
import dev.ferry.engine.spi.Secret;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptedFileSecretStoreTest {
  private static final String KEY = randomKey();
  private static final String OTHER_KEY = randomKey();

  @TempDir Path dataDir;

  private EncryptedFileSecretStore store(Map<String, String> environment) {
    return EncryptedFileSecretStore.inDataDirectory(dataDir, environment);
  }

  private EncryptedFileSecretStore withKey(String key) {
    return store(Map.of("FERRY_SECRETS_KEY", key));
  }

  private static String randomKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }

  @Test
  void readsBackWhatItStoredThroughANewInstanceWithTheSameKey() {
    withKey(KEY).set("ledger-clerk.username", new Secret("CLERK01"));
    withKey(KEY).set("ledger-clerk.password", new Secret("pä$$ wörd ✓ \"quoted\"\n2nd line"));

    EncryptedFileSecretStore reopened = withKey(KEY);
    assertThat(reopened.find("ledger-clerk.password"))
        .map(Secret::reveal)
        .contains("pä$$ wörd ✓ \"quoted\"\n2nd line");
    assertThat(reopened.find("ledger-clerk.username")).map(Secret::reveal).contains("CLERK01");
    assertThat(reopened.find("nobody")).isEmpty();
    assertThat(reopened.names()).containsExactly("ledger-clerk.password", "ledger-clerk.username");
  }

  @Test
  void replacesAValueAndRemovesASecret() {
    EncryptedFileSecretStore store = withKey(KEY);
    store.set("portal.password", new Secret("first"));
    store.set("portal.password", new Secret("second"));
    store.set("portal.username", new Secret("ap-bot"));

    assertThat(store.find("portal.password")).map(Secret::reveal).contains("second");
    assertThat(store.remove("portal.password")).isTrue();
    assertThat(store.remove("portal.password")).isFalse();
    assertThat(store.names()).containsExactly("portal.username");
  }

  @Test
  void isEmptyAndCreatesNothingBeforeTheFirstSet() {
    EncryptedFileSecretStore store = store(Map.of());

    assertThat(store.exists()).isFalse();
    assertThat(store.names()).isEmpty();
    assertThat(store.find("anything")).isEmpty();
    assertThat(store.remove("anything")).isFalse();
    assertThat(dataDir).isEmptyDirectory();
  }

  @Test
  void keepsNeitherNamesNorValuesInClearInTheFile() throws Exception {
    withKey(KEY).set("ledger-clerk.password", new Secret("Sup3rS3cretValue"));

    String raw =
        new String(Files.readAllBytes(dataDir.resolve("secrets.enc")), StandardCharsets.ISO_8859_1);
    assertThat(raw)
        .startsWith("FERRYSEC")
        .doesNotContain("Sup3rS3cretValue")
        .doesNotContain("ledger-clerk");
  }

  @Test
  void refusesToReadWithAnotherKeyAndSaysSoWithoutShowingEitherKey() {
    withKey(KEY).set("portal.password", new Secret("hunter2-long"));

    Throwable failure = catchThrowable(() -> withKey(OTHER_KEY).find("portal.password"));

    assertThat(failure)
        .isInstanceOf(FerryException.class)
        .hasMessageContaining("cannot decrypt " + dataDir.resolve("secrets.enc").toAbsolutePath())
        .hasMessageContaining("with this key: wrong FERRY_SECRETS_KEY or the file was changed")
        .hasMessageContaining("the environment variable FERRY_SECRETS_KEY");
    assertThat(failure.getMessage())
        .doesNotContain(KEY)
        .doesNotContain(OTHER_KEY)
        .doesNotContain("hunter2");
    assertThatThrownBy(() -> withKey(OTHER_KEY).set("another", new Secret("value")))
        .hasMessageContaining("with this key");
  }

  @Test
  void detectsAChangeToAnySingleByteOfTheFile() throws Exception {
    withKey(KEY).set("portal.password", new Secret("hunter2-long"));
    Path file = dataDir.resolve("secrets.enc");
    byte[] original = Files.readAllBytes(file);

    for (int i = 0; i < original.length; i++) {
      byte[] tampered = original.clone();
      tampered[i] ^= 0x01;
      Files.write(file, tampered);
      int position = i;
      assertThat(catchThrowable(() -> withKey(KEY).find("portal.password")))
          .as("flipping a bit of byte %d", position)
          .isInstanceOf(FerryException.class)
          .message()
          .satisfiesAnyOf(
              m ->
                  assertThat(m)
                      .contains("with this key: wrong FERRY_SECRETS_KEY or the file was changed"),
              m -> assertThat(m).contains("is not a Ferry secrets file"),
              m -> assertThat(m).contains("secrets file format"))
          .doesNotContain("hunter2");
    }
    Files.write(file, Arrays.copyOf(original, original.length - 1));
    assertThatThrownBy(() -> withKey(KEY).find("portal.password"))
        .hasMessageContaining("the file was changed");
    Files.write(file, original);
    assertThat(withKey(KEY).find("portal.password")).map(Secret::reveal).contains("hunter2-long");
  }

  @Test
  void encryptsEveryWriteUnderAFreshNonce() throws Exception {
    EncryptedFileSecretStore store = withKey(KEY);
    Path file = dataDir.resolve("secrets.enc");
    Set<String> nonces = new HashSet<>();
    Set<String> contents = new HashSet<>();

    for (int i = 0; i < 50; i++) {
      store.set("same.name", new Secret("same value"));
      byte[] content = Files.readAllBytes(file);
      nonces.add(HexFormat.of().formatHex(content, 9, 9 + 12));
      contents.add(HexFormat.of().formatHex(content));
    }

    assertThat(nonces).hasSize(50);
    assertThat(contents).hasSize(50);
  }

  @Test
  void createsTheKeyFileAndTheSecretsFileReadableByTheOwnerOnly() throws Exception {
    EncryptedFileSecretStore store = store(Map.of());
    store.set("portal.password", new Secret("hunter2-long"));

    Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
    assertThat(Files.getPosixFilePermissions(dataDir.resolve("secrets.key"))).isEqualTo(ownerOnly);
    assertThat(Files.getPosixFilePermissions(dataDir.resolve("secrets.enc"))).isEqualTo(ownerOnly);
    byte[] key = Base64.getDecoder().decode(Files.readString(dataDir.resolve("secrets.key")));
    assertThat(key).hasSize(32);
    assertThat(store(Map.of()).find("portal.password"))
        .map(Secret::reveal)
        .contains("hunter2-long");
    // The key file is the key: used as FERRY_SECRETS_KEY it opens the same file.
    assertThat(withKey(Files.readString(dataDir.resolve("secrets.key"))).names())
        .containsExactly("portal.password");
  }

  @Test
  void createsNoKeyFileWhenTheKeyComesFromTheEnvironment() {
    withKey(KEY).set("portal.password", new Secret("hunter2-long"));

    assertThat(dataDir.resolve("secrets.key")).doesNotExist();
    assertThat(dataDir.resolve("secrets.enc")).exists();
    assertThatThrownBy(() -> store(Map.of()).names())
        .hasMessageContaining("there is no key. Set FERRY_SECRETS_KEY or restore the key file");
  }

  @Test
  void rejectsAMalformedKeyWithoutQuotingIt() {
    String tooShort = Base64.getEncoder().encodeToString(new byte[16]);
    assertThatThrownBy(() -> withKey(tooShort).set("a.b", new Secret("value")))
        .hasMessageContaining("holds 16 bytes, but an AES-256 key is 32 bytes")
        .hasMessageNotContaining(tooShort);
    assertThatThrownBy(() -> withKey("not base64 at all!").set("a.b", new Secret("value")))
        .hasMessageContaining("FERRY_SECRETS_KEY is not valid base64")
        .hasMessageNotContaining("not base64 at all!");
    assertThat(dataDir.resolve("secrets.enc")).doesNotExist();
  }

  @Test
  void rejectsAFileThatIsNotASecretsFile() throws Exception {
    Files.writeString(dataDir.resolve("secrets.enc"), "portal.password=hunter2\n");

    assertThatThrownBy(() -> withKey(KEY).find("portal.password"))
        .hasMessageContaining("is not a Ferry secrets file");
  }

  @Test
  void rejectsInvalidNamesAndEmptyValues() {
    EncryptedFileSecretStore store = withKey(KEY);
    assertThatThrownBy(() -> store.set("has space", new Secret("value")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a secret name uses letters, digits");
    assertThatThrownBy(() -> store.set("portal.password", new Secret("")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is empty");
    assertThat(store.exists()).isFalse();
  }

  @Test
  void readersNeverSeeAHalfWrittenFileAndConcurrentWritersLoseNoUpdate() throws Exception {
    EncryptedFileSecretStore store = withKey(KEY);
    store.set("reader.check", new Secret("present"));
    AtomicBoolean writing = new AtomicBoolean(true);
    ExecutorService threads = Executors.newFixedThreadPool(3);
    try {
      Future<Integer> reads =
          threads.submit(
              () -> {
                int count = 0;
                while (writing.get()) {
                  assertThat(withKey(KEY).find("reader.check"))
                      .map(Secret::reveal)
                      .contains("present");
                  count++;
                }
                return count;
              });
      Future<?> writerA = threads.submit(() -> writeMany(store, "a"));
      Future<?> writerB = threads.submit(() -> writeMany(withKey(KEY), "b"));
      writerA.get();
      writerB.get();
      writing.set(false);
      assertThat(reads.get()).isPositive();
    } finally {
      threads.shutdownNow();
    }

    assertThat(store.names()).hasSize(1 + 2 * 40);
    try (Stream<Path> files = Files.list(dataDir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("secrets.enc", "secrets.enc.lock");
    }
  }

  private static void writeMany(EncryptedFileSecretStore store, String prefix) {
    for (int i = 0; i < 40; i++) {
      store.set(prefix + "." + i, new Secret("value-" + i));
    }
  }
}
