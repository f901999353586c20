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
  public DocumentRef {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(sha256, "sha256");
  }
}
