package dev.ferry.connector.web.action;

import com.microsoft.playwright.options.FilePayload;
import dev.ferry.connector.web.internal.WebStep;
import dev.ferry.engine.spi.BusinessException;
import dev.ferry.engine.spi.DocumentRef;
import dev.ferry.engine.spi.Evidence;
import dev.ferry.engine.spi.NoOutput;
import dev.ferry.engine.spi.Param;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code web.upload}: puts a document, or a file from the work directory, into a file field. Submit
 * the form with {@code web.click} afterwards.
 */
public final class UploadAction extends WebAction<UploadAction.Input, NoOutput> {

  /**
   * Exactly one of {@code document} and {@code file}.
   *
   * @param selector the {@code <input type="file">}
   * @param document a document Ferry holds for the transaction
   * @param file a file name relative to the transaction's work directory
   */
  public record Input(
      @Param("The file field, an <input type=\"file\">") String selector,
      @Param(value = "A document of the transaction, such as a mail attachment", optional = true)
          DocumentRef document,
      @Param(value = "A file in the transaction's work directory", optional = true) String file) {
    public Input {
      Selectors.require(selector, "selector");
      Selectors.exactlyOne("document or file", document, file);
    }
  }

  public UploadAction() {
    super("web.upload", "Puts a file into a file field of a form.", Input.class, NoOutput.class);
  }

  @Override
  public boolean idempotent() {
    return true;
  }

  @Override
  String target(Input input) {
    return input.selector();
  }

  @Override
  NoOutput run(Input input, WebStep step) {
    Path path =
        input.document() != null
            ? input.document().path()
            : WorkFiles.inside(step.context().workDirectory(), input.file());
    if (!Files.isRegularFile(path)) {
      throw new BusinessException(
          "WEB_UPLOAD_FILE_MISSING",
          "web.upload: there is no file "
              + path
              + " to put into '"
              + input.selector()
              + "'. Check the step's document or file.");
    }
    if (input.document() != null) {
      // the browser must send the document's original name, not the store's file name
      step.locateAttached(input.selector())
          .setInputFiles(
              new FilePayload(input.document().name(), input.document().mediaType(), read(path)));
    } else {
      step.locateAttached(input.selector()).setInputFiles(path);
    }
    step.context()
        .evidence()
        .record(Evidence.text(Evidence.Kind.FIELDS, "uploaded", path.getFileName().toString()));
    return NoOutput.INSTANCE;
  }

  private static byte[] read(Path path) {
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + path, e);
    }
  }
}
