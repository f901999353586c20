package dev.ferry.engine.core;

import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.ActionContext;
import dev.ferry.engine.spi.Param;
import dev.ferry.engine.spi.SystemException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** {@code file.write}: writes a UTF-8 text file in the work directory. */
final class FileWriteAction implements Action<FileWriteAction.Input, FileWriteAction.Output> {

  record Input(
      @Param("A path relative to the work directory; folders are created.") String path,
      @Param("The text to write.") String text,
      @Param(value = "Add to the end instead of replacing.", defaultValue = "false")
          boolean append) {}

  record Output(String path, long size) {}

  @Override
  public String name() {
    return "file.write";
  }

  @Override
  public String description() {
    return "Writes or appends a UTF-8 text file in the work directory.";
  }

  @Override
  public Class<Input> inputType() {
    return Input.class;
  }

  @Override
  public Class<Output> outputType() {
    return Output.class;
  }

  @Override
  public Output execute(Input input, ActionContext context) {
    Path file = WorkDirectory.resolve(context.workDirectory(), input.path());
    try {
      write(file, input.text() == null ? "" : input.text(), input.append());
      return new Output(input.path(), Files.size(file));
    } catch (IOException e) {
      throw new SystemException("cannot write " + input.path() + ": " + e.getMessage(), e);
    }
  }

  static void write(Path file, String text, boolean append) throws IOException {
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    if (append) {
      Files.writeString(
          file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } else {
      Path temp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      Files.move(
          temp,
          file,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
  }
}
