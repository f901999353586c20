package dev.ferry.connector.web.action;

import dev.ferry.engine.spi.BusinessException;
import dev.ferry.engine.spi.DocumentRef;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/** Files that web actions read from or write to the step's work directory, and nowhere else. */
final class WorkFiles {
  private static final Map<String, String> MEDIA_TYPES =
      Map.of(
          "pdf", "application/pdf",
          "csv", "text/csv",
          "txt", "text/plain",
          "json", "application/json",
          "xml", "application/xml",
          "zip", "application/zip",
          "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "png", "image/png",
          "jpg", "image/jpeg");

  private WorkFiles() {}

  /**
   * The path of {@code name} inside {@code workDirectory}.
   *
   * @throws BusinessException when the name leads outside the work directory
   */
  static Path inside(Path workDirectory, String name) {
    Path root = workDirectory.toAbsolutePath().normalize();
    Path path = root.resolve(name).normalize();
    if (!path.startsWith(root) || path.equals(root)) {
      throw new BusinessException(
          "WEB_PATH_OUTSIDE_WORK_DIRECTORY",
          "The file '"
              + name
              + "' is outside the transaction's work directory "
              + root
              + "; web actions only read and write files inside it.");
    }
    return path;
  }

  /** A file name a browser suggested, without any directory part. */
  static String safeName(String suggested) {
    String name = suggested.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).strip();
    return name.isEmpty() || name.equals(".") || name.equals("..") ? "download" : name;
  }

  static DocumentRef describe(Path path, String name) {
    try (InputStream in = Files.newInputStream(path)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      try (DigestInputStream digesting = new DigestInputStream(in, digest)) {
        digesting.transferTo(java.io.OutputStream.nullOutputStream());
      }
      return new DocumentRef(
          path, name, mediaType(name), Files.size(path), HexFormat.of().formatHex(digest.digest()));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the downloaded file " + path, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static String mediaType(String name) {
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return MEDIA_TYPES.getOrDefault(extension, "application/octet-stream");
  }
}
