package dev.ferry.engine.secrets;

import dev.ferry.engine.spi.FerryException;
import dev.ferry.engine.spi.Secret;
import dev.ferry.engine.spi.SecretRef;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import javax.crypto.SecretKey;

/**
 * Secrets in one file encrypted with AES-256-GCM, by default {@code <data-dir>/secrets.enc},
 * managed with {@code ferry secrets set|list|remove}.
 *
 * <p>The key is the base64 of 32 random bytes, taken from the environment variable {@code
 * FERRY_SECRETS_KEY} when it is set, otherwise from the key file {@code <data-dir>/secrets.key},
 * which the first {@link #set} creates with owner-only permissions. Each write encrypts the whole
 * file under a fresh random nonce and replaces it atomically (a temporary file, then a move), so a
 * reader sees either the old or the new file. Writers in several processes take a lock file in
 * turn. A wrong key or a changed file is reported as such, never read as garbage.
 *
 * <p>Thread-safe. No I/O happens until a method is called; each call reads the file again, so a
 * running node sees secrets set after it started.
 */
public final class EncryptedFileSecretStore implements SecretStore {
  /** The file name in the data directory. */
  public static final String FILE_NAME = "secrets.enc";

  /** The key file name in the data directory. */
  public static final String KEY_FILE_NAME = "secrets.key";

  // Java's file locks belong to the whole JVM, so threads of one JVM also take turns here.
  private static final Object WRITERS = new Object();

  private final Path file;
  private final SecretsKey key;

  /**
   * @param file the encrypted file
   * @param keyFile the key file, used when {@code environment} has no {@code FERRY_SECRETS_KEY}
   * @param environment the process environment, normally {@link System#getenv()}
   */
  public EncryptedFileSecretStore(Path file, Path keyFile, Map<String, String> environment) {
    this.file = file.toAbsolutePath();
    this.key = new SecretsKey(keyFile.toAbsolutePath(), environment);
  }

  /** The store in {@code <dataDirectory>/secrets.enc} with the system environment. */
  public static EncryptedFileSecretStore inDataDirectory(Path dataDirectory) {
    return inDataDirectory(dataDirectory, System.getenv());
  }

  /** The store in {@code <dataDirectory>/secrets.enc} with the given environment. */
  public static EncryptedFileSecretStore inDataDirectory(
      Path dataDirectory, Map<String, String> environment) {
    return new EncryptedFileSecretStore(
        dataDirectory.resolve(FILE_NAME), dataDirectory.resolve(KEY_FILE_NAME), environment);
  }

  public Path file() {
    return file;
  }

  /** The key file; it is not used, and never created, while {@code FERRY_SECRETS_KEY} is set. */
  public Path keyFile() {
    return key.keyFile();
  }

  /** Whether the key comes from {@code FERRY_SECRETS_KEY} rather than the key file. */
  public boolean keyFromEnvironment() {
    return key.fromEnvironment();
  }

  public boolean exists() {
    return Files.exists(file);
  }

  @Override
  public Optional<Secret> find(String name) {
    return Optional.ofNullable(read().get(name)).map(Secret::new);
  }

  /** The names of all secrets in the file, sorted; empty when there is no file. */
  public SortedSet<String> names() {
    return new TreeSet<>(read().keySet());
  }

  /**
   * Stores a secret, replacing any value of that name. Creates the file, and the key file when
   * there is no key yet.
   *
   * @throws IllegalArgumentException when the name is not a valid secret name or the value is empty
   */
  public void set(String name, Secret value) {
    String validName = new SecretRef(name).name();
    if (value.reveal().isEmpty()) {
      throw new IllegalArgumentException("the value of secret '" + name + "' is empty");
    }
    update(secrets -> secrets.put(validName, value.reveal()), true);
  }

  /** Removes a secret; returns whether there was one of that name. */
  public boolean remove(String name) {
    if (!exists()) {
      return false;
    }
    boolean[] removed = new boolean[1];
    update(secrets -> removed[0] = secrets.remove(name) != null, false);
    return removed[0];
  }

  @Override
  public String describe() {
    return "the encrypted file " + file;
  }

  private SortedMap<String, String> read() {
    if (!exists()) {
      return new TreeMap<>();
    }
    byte[] content;
    try {
      content = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new FerryException("cannot read " + file + ": " + e.getMessage(), e);
    }
    SecretKey secretKey =
        key.find()
            .orElseThrow(
                () ->
                    new FerryException(
                        "cannot decrypt "
                            + file
                            + ": there is no key. Set "
                            + SecretsKey.VARIABLE
                            + " or restore the key file "
                            + key.keyFile()));
    return SecretsFileFormat.decrypt(content, secretKey, file, keySource());
  }

  private void update(Consumer<SortedMap<String, String>> change, boolean createKey) {
    synchronized (WRITERS) {
      try {
        Files.createDirectories(file.getParent());
        Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
        try (FileChannel lockChannel =
                FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = lockChannel.lock()) {
          SortedMap<String, String> secrets = read();
          change.accept(secrets);
          SecretKey secretKey = createKey ? key.findOrCreate() : key.find().orElseThrow();
          write(SecretsFileFormat.encrypt(secrets, secretKey));
        }
      } catch (IOException e) {
        throw new FerryException("cannot write " + file + ": " + e.getMessage(), e);
      }
    }
  }

  private void write(byte[] content) throws IOException {
    Path temporary =
        Files.createTempFile(file.getParent(), FILE_NAME, ".tmp", SecretsKey.ownerOnly());
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        channel.write(ByteBuffer.wrap(content));
        channel.force(true);
      }
      try {
        Files.move(
            temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private String keySource() {
    return key.fromEnvironment()
        ? "the environment variable " + SecretsKey.VARIABLE
        : "the key file " + key.keyFile();
  }
}
