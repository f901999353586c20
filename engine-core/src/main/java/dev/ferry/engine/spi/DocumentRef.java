package dev.ferry.engine.spi;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A document held by Ferry for a transaction, such as a mail attachment or a file from a watched
 * folder. Expressions see its {@code name}, {@code mediaType}, {@code size} and {@code sha256}.
 *
 * @param path where the bytes are stored
 * @param name the original file name
 * @param mediaType the MIME type, such as {@code application/pdf}
 * @param size the length in bytes
 * @param sha256 the lower-case hex SHA-256 of the content
 */
public record DocumentRef(Path path, String name, String mediaType, long size, String sha256) {

  /**
   * A reference to a file as it is now: its size and SHA-256 are computed, its media type guessed
   * from its name.
   *
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  public static DocumentRef of(Path file) {
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
      java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[65536];
      long size = 0;
      for (int n; (n = in.read(buffer)) > 0; size += n) {
        digest.update(buffer, 0, n);
      }
      String name = file.getFileName().toString();
      String type = java.net.URLConnection.guessContentTypeFromName(name);
      return new DocumentRef(
          file.toAbsolutePath(),
          name,
          type != null
              ? type
              : name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")
                  ? "application/pdf"
                  : "application/octet-stream",
          size,
          java.util.HexFormat.of().formatHex(digest.digest()));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read " + file, e);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public DocumentRef {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(sha256, "sha256");
  }
}
