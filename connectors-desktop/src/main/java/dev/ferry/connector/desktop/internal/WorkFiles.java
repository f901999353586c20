package dev.ferry.connector.desktop.internal;

import dev.ferry.engine.spi.ActionContext;
import dev.ferry.engine.spi.BusinessException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Resolves the files that desktop actions hand to programs, inside the work directory only. */
final class WorkFiles {
  private WorkFiles() {}

  /**
   * @throws BusinessException when the path leaves the work directory or, if it must exist, does
   *     not
   */
  static Path resolve(ActionContext context, String path, boolean mustExist) {
    Path base = context.workDirectory().toAbsolutePath().normalize();
    Path resolved;
    try {
      resolved = base.resolve(path).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      throw new BusinessException(
          "BAD_PATH", "'" + path + "' is not a valid path: " + e.getReason());
    }
    if (!resolved.startsWith(base)) {
      throw new BusinessException(
          "PATH_OUTSIDE_WORK_DIRECTORY",
          "'"
              + path
              + "' resolves to "
              + resolved
              + ", outside the work directory "
              + base
              + ". Put the file in the work directory, or give a path relative to it.");
    }
    if (mustExist && !Files.isRegularFile(resolved)) {
      throw new BusinessException(
          "FILE_NOT_FOUND", "there is no file " + resolved + " (from '" + path + "')");
    }
    return resolved;
  }
}
