package dev.ferry.engine.core;

import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.ActionContext;
import dev.ferry.engine.spi.BusinessException;
import dev.ferry.engine.spi.Param;
import dev.ferry.engine.spi.SystemException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** {@code file.read}: reads a UTF-8 text file from the work directory. */
final class FileReadAction implements Action<FileReadAction.Input, FileReadAction.Output> {
  static final long MAX_BYTES = 50L * 1024 * 1024;

  record Input(@Param("A path relative to the work directory.") String path) {}

  record Output(String text, long size) {}

  @Override
  public String name() {
    return "file.read";
  }

  @Override
  public String description() {
    return "Reads a UTF-8 text file from the work directory.";
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
  public boolean idempotent() {
    return true;
  }

  @Override
  public Output execute(Input input, ActionContext context) {
    Path file = WorkDirectory.resolve(context.workDirectory(), input.path());
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new BusinessException(
            "FILE_TOO_LARGE", input.path() + " has " + size + " bytes; the limit is " + MAX_BYTES);
      }
      return new Output(Files.readString(file, StandardCharsets.UTF_8), size);
    } catch (NoSuchFileException e) {
      throw new BusinessException(
          "FILE_NOT_FOUND", "no file " + input.path() + " in the work directory");
    } catch (java.nio.charset.MalformedInputException e) {
      throw new BusinessException("NOT_UTF8", input.path() + " is not UTF-8 text");
    } catch (IOException e) {
      throw new SystemException("cannot read " + input.path() + ": " + e.getMessage(), e);
    }
  }
}
