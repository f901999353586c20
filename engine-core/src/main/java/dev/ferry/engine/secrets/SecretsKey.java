package dev.ferry.engine.secrets;

import dev.ferry.engine.spi.FerryException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Where the AES-256 key of the encrypted secrets file comes from: the environment variable {@value
 * #VARIABLE} when it is set, otherwise a key file. Messages never show key material.
 */
final class SecretsKey {
  private static final SecureRandom RANDOM = new SecureRandom();

  static final String VARIABLE = "FERRY_SECRETS_KEY";
  static final int KEY_BYTES = 32;

  private final Path keyFile;
  private final Map<String, String> environment;

  SecretsKey(Path keyFile, Map<String, String> environment) {
    this.keyFile = keyFile;
    this.environment = Map.copyOf(environment);
  }

  Path keyFile() {
    return keyFile;
  }

  boolean fromEnvironment() {
    String value = environment.get(VARIABLE);
    return value != null && !value.isBlank();
  }

  /** The key, or empty when neither the variable nor the key file exists. */
  Optional<SecretKey> find() {
    if (fromEnvironment()) {
      return Optional.of(decode(environment.get(VARIABLE), "the environment variable " + VARIABLE));
    }
    if (!Files.exists(keyFile)) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          decode(Files.readString(keyFile, StandardCharsets.US_ASCII), "the key file " + keyFile));
    } catch (IOException e) {
      throw new FerryException("cannot read the key file " + keyFile + ": " + e.getMessage(), e);
    }
  }

  /** The key, creating the key file with owner-only permissions when there is no key yet. */
  SecretKey findOrCreate() {
    Optional<SecretKey> existing = find();
    if (existing.isPresent()) {
      return existing.get();
    }
    byte[] key = new byte[KEY_BYTES];
    RANDOM.nextBytes(key);
    try {
      Files.createDirectories(keyFile.toAbsolutePath().getParent());
      // Created with its final permissions, so the key is never readable by others, even briefly.
      Files.write(
          Files.createFile(keyFile, ownerOnly()),
          Base64.getEncoder().encode(key),
          StandardOpenOption.WRITE);
    } catch (FileAlreadyExistsException anotherProcessWasFaster) {
      return find().orElseThrow();
    } catch (IOException e) {
      throw new FerryException("cannot create the key file " + keyFile + ": " + e.getMessage(), e);
    }
    return new SecretKeySpec(key, "AES");
  }

  /** Read and write for the owner only, where the file system knows POSIX permissions. */
  static FileAttribute<?>[] ownerOnly() {
    if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return new FileAttribute<?>[0];
    }
    return new FileAttribute<?>[] {
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
    };
  }

  private static SecretKey decode(String base64, String where) {
    byte[] key;
    try {
      key = Base64.getDecoder().decode(base64.strip());
    } catch (IllegalArgumentException e) {
      throw new FerryException(
          where + " is not valid base64; it must hold " + KEY_BYTES + " random bytes, " + HOW_TO);
    }
    if (key.length != KEY_BYTES) {
      throw new FerryException(
          where
              + " holds "
              + key.length
              + " bytes, but an AES-256 key is "
              + KEY_BYTES
              + " bytes; "
              + HOW_TO);
    }
    return new SecretKeySpec(key, "AES");
  }

  private static final String HOW_TO = "make one with 'openssl rand -base64 32'";
}
