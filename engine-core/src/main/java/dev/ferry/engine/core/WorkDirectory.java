package dev.ferry.engine.core;

import dev.ferry.engine.spi.BusinessException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Resolves the paths that file actions are given, refusing any that would leave the work directory:
 * absolute paths, {@code ..}, and symbolic links that point outside.
 */
final class WorkDirectory {
  private WorkDirectory() {}

  static Path resolve(Path workDirectory, String path) {
    if (path == null || path.isBlank()) {
      throw new BusinessException("BAD_PATH", "a file path is required");
    }
    Path root = workDirectory.toAbsolutePath().normalize();
    Path resolved = root.resolve(path).normalize();
    if (Path.of(path).isAbsolute() || !resolved.startsWith(root)) {
      throw outside(path, root);
    }
    try {
      Files.createDirectories(root);
      Path existing = resolved;
      while (existing != null && !Files.exists(existing)) {
        existing = existing.getParent();
      }
      if (existing != null && !existing.toRealPath().startsWith(root.toRealPath())) {
        throw outside(path, root);
      }
    } catch (IOException e) {
      throw new BusinessException(
          "BAD_PATH", "cannot check path '" + path + "': " + e.getMessage());
    }
    return resolved;
  }

  private static BusinessException outside(String path, Path root) {
    return new BusinessException(
        "PATH_OUTSIDE_WORK_DIRECTORY",
        "'"
            + path
            + "' is outside the work directory "
            + root
            + "; file actions may only use paths relative to it");
  }
}
