package dev.ferry.connector.web.action;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.ferry.connector.web.internal.WebStep;
import dev.ferry.engine.spi.DocumentRef;
import dev.ferry.engine.spi.Evidence;
import dev.ferry.engine.spi.Param;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code web.download}: clicks an element that starts a download and saves the file in the
 * transaction's work directory.
 */
public final class DownloadAction extends WebAction<DownloadAction.Input, DownloadAction.Output> {

  /**
   * @param selector the link or button that starts the download
   * @param saveAs the file name to save under; null for the name the application suggests
   */
  public record Input(
      @Param("The link or button that starts the download") String selector,
      @Param(value = "The file name to save under", optional = true) String saveAs) {
    public Input {
      Selectors.require(selector, "selector");
      if (saveAs != null && !saveAs.equals(WorkFiles.safeName(saveAs))) {
        throw new IllegalArgumentException("save-as is a file name, without folders: " + saveAs);
      }
    }
  }

  /**
   * @param document the saved file
   */
  public record Output(DocumentRef document) {}

  public DownloadAction() {
    super(
        "web.download",
        "Downloads a file by clicking a link and keeps it as a document.",
        Input.class,
        Output.class);
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
  Output run(Input input, WebStep step) {
    Locator link = step.locateVisible(input.selector());
    Download download =
        step.page()
            .waitForDownload(
                new Page.WaitForDownloadOptions().setTimeout(step.timeoutMillis()), link::click);
    String failure = download.failure();
    if (failure != null) {
      throw step.fail(
          "web.download: the download from '" + input.selector() + "' failed: " + failure,
          input.selector());
    }
    String name =
        input.saveAs() != null ? input.saveAs() : WorkFiles.safeName(download.suggestedFilename());
    Path path = WorkFiles.inside(step.context().workDirectory(), name);
    try {
      Files.createDirectories(path.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("could not create the work directory " + path.getParent(), e);
    }
    download.saveAs(path);
    DocumentRef document = WorkFiles.describe(path, name);
    step.context()
        .evidence()
        .record(
            Evidence.text(
                Evidence.Kind.FIELDS,
                "downloaded",
                document.name() + ": " + document.size() + " bytes, SHA-256 " + document.sha256()));
    return new Output(document);
  }
}
