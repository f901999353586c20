package dev.ferry.connector.web.portal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A file uploaded to the portal.
 *
 * @param name the file name the browser sent
 * @param content the bytes
 */
public record ReceivedFile(String name, byte[] content) {
  public ReceivedFile {
    Objects.requireNonNull(name, "name");
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  /** The lower-case hex SHA-256 of the content. */
  public String sha256() {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
