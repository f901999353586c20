package dev.ferry.scheduler.internal;

import dev.ferry.engine.spi.DocumentRef;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Keeps the documents triggers bring in (attachments, files) under {@code <data>/documents}, one
 * directory per content hash, so the same content is stored once.
 */
public final class DocumentStore {
  private final Path root;

  public DocumentStore(Path dataDirectory) {
    this.root = dataDirectory.resolve("documents");
  }

  /**
   * Stores a stream, refusing it once it passes {@code maxBytes}.
   *
   * @throws DocumentTooLargeException when the content is larger than {@code maxBytes}
   */
  public DocumentRef store(InputStream in, String name, String mediaType, long maxBytes)
      throws IOException {
    Files.createDirectories(root);
    Path temp = Files.createTempFile(root, "incoming-", ".part");
    try {
      MessageDigest sha = sha256();
      long size = 0;
      try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = in.read(buffer)) > 0) {
          size += n;
          if (size > maxBytes) {
            throw new DocumentTooLargeException(name, maxBytes);
          }
          out.write(buffer, 0, n);
        }
      }
      String hash = HexFormat.of().formatHex(sha.digest());
      Path dir = Files.createDirectories(root.resolve(hash));
      Path target = dir.resolve(safeName(name));
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      return new DocumentRef(target, name, mediaType, size, hash);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Stores a copy of a file. */
  public DocumentRef store(Path file, String mediaType) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return store(in, file.getFileName().toString(), mediaType, Long.MAX_VALUE);
    }
  }

  /** Keeps only the last path element and characters safe on every file system. */
  static String safeName(String name) {
    String base = name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._ -]", "_");
    return base.isBlank() || base.startsWith(".") ? "document" + base : base;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Content bigger than the configured limit. */
  public static final class DocumentTooLargeException extends IOException {
    DocumentTooLargeException(String name, long max) {
      super(name + " is larger than the limit of " + max + " bytes; raise the limit or refuse it");
    }
  }
}
