package dev.ferry.engine.secrets;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ferry.engine.spi.FerryException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * The bytes of an encrypted secrets file: the magic {@code FERRYSEC}, a format version byte, a
 * random 96-bit nonce, then the AES-256-GCM ciphertext of a JSON object of names to values,
 * followed by its 128-bit tag. The magic and version are authenticated as associated data, so
 * changing any byte of the file makes decryption fail.
 */
final class SecretsFileFormat {
  static final byte[] MAGIC = "FERRYSEC".getBytes(StandardCharsets.US_ASCII);
  static final byte VERSION = 1;
  static final int NONCE_BYTES = 12;
  static final int HEADER_BYTES = MAGIC.length + 1;
  private static final int TAG_BITS = 128;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SecureRandom RANDOM = new SecureRandom();

  private SecretsFileFormat() {}

  /** Encrypts the secrets under a fresh random nonce. */
  static byte[] encrypt(SortedMap<String, String> secrets, SecretKey key) {
    byte[] plaintext = null;
    try {
      plaintext = JSON.writeValueAsBytes(secrets);
      byte[] nonce = new byte[NONCE_BYTES];
      RANDOM.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(header());
      byte[] ciphertext = cipher.doFinal(plaintext);
      return ByteBuffer.allocate(HEADER_BYTES + NONCE_BYTES + ciphertext.length)
          .put(header())
          .put(nonce)
          .put(ciphertext)
          .array();
    } catch (IOException | GeneralSecurityException e) {
      throw new FerryException("cannot encrypt the secrets: " + e.getMessage(), e);
    } finally {
      wipe(plaintext);
    }
  }

  /**
   * Decrypts a secrets file's content.
   *
   * @param file only for messages
   * @param keySource where the key came from, only for messages
   */
  static SortedMap<String, String> decrypt(
      byte[] content, SecretKey key, Path file, String keySource) {
    if (content.length < HEADER_BYTES + NONCE_BYTES + TAG_BITS / 8
        || !Arrays.equals(content, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
      throw new FerryException(
          file
              + " is not a Ferry secrets file (it does not start with FERRYSEC or is too short)."
              + " Restore it from a backup or delete it and set the secrets again.");
    }
    if (content[MAGIC.length] != VERSION) {
      throw new FerryException(
          file
              + " has secrets file format "
              + content[MAGIC.length]
              + ", but this Ferry reads format "
              + VERSION
              + ": it was written by another Ferry version or the file was changed.");
    }
    byte[] plaintext = null;
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE,
          key,
          new GCMParameterSpec(TAG_BITS, content, HEADER_BYTES, NONCE_BYTES));
      cipher.updateAAD(content, 0, HEADER_BYTES);
      int offset = HEADER_BYTES + NONCE_BYTES;
      plaintext = cipher.doFinal(content, offset, content.length - offset);
      return JSON.readValue(plaintext, new TypeReference<TreeMap<String, String>>() {});
    } catch (AEADBadTagException e) {
      throw new FerryException(
          "cannot decrypt "
              + file
              + " with this key: wrong "
              + SecretsKey.VARIABLE
              + " or the file was changed (the key came from "
              + keySource
              + "). Use the key the file was written with, or restore the file from a backup.");
    } catch (IOException e) {
      // Jackson's message may quote the decrypted text, so it is not passed on.
      throw new FerryException(
          "the decrypted content of " + file + " is not a JSON object of names to values");
    } catch (GeneralSecurityException e) {
      throw new FerryException("cannot decrypt " + file + ": " + e.getMessage(), e);
    } finally {
      wipe(plaintext);
    }
  }

  private static byte[] header() {
    byte[] header = Arrays.copyOf(MAGIC, HEADER_BYTES);
    header[MAGIC.length] = VERSION;
    return header;
  }

  // Best effort: the plaintext does not linger in this array, though the strings do.
  private static void wipe(byte[] bytes) {
    if (bytes != null) {
      Arrays.fill(bytes, (byte) 0);
    }
  }
}
