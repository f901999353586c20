package dev.ferry.connector.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.connector.web.action.ClickAction;
import dev.ferry.connector.web.action.DownloadAction;
import dev.ferry.connector.web.action.OpenAction;
import dev.ferry.connector.web.action.ReadTextAction;
import dev.ferry.connector.web.action.UploadAction;
import dev.ferry.connector.web.internal.WebSession;
import dev.ferry.connector.web.portal.ReceivedFile;
import dev.ferry.engine.spi.BusinessException;
import dev.ferry.engine.spi.DocumentRef;
import dev.ferry.engine.testing.TestActionContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FileTransferIT {
  static PortalFixture fixture;
  static WebSession session;

  @BeforeAll
  static void signOn() {
    fixture = new PortalFixture();
    session = fixture.open(fixture.signedOnConfig());
  }

  @AfterAll
  static void close() {
    session.close();
    fixture.close();
  }

  @Test
  void downloadsTheCsvExportIntoTheWorkDirectory() throws Exception {
    TestActionContext context = fixture.context(session);
    new OpenAction().execute(new OpenAction.Input("/invoices"), context);

    DocumentRef document =
        new DownloadAction().execute(new DownloadAction.Input("#export", null), context).document();

    byte[] content = Files.readAllBytes(document.path());
    assertThat(document.path().getParent()).isEqualTo(fixture.workDirectory);
    assertThat(document.name()).isEqualTo("invoices.csv");
    assertThat(document.mediaType()).isEqualTo("text/csv");
    assertThat(document.size()).isEqualTo(content.length);
    assertThat(document.sha256()).isEqualTo(sha256(content));
    List<String> lines = List.of(new String(content, StandardCharsets.UTF_8).split("\n"));
    assertThat(lines.get(0)).isEqualTo("number,supplier,amount,due_date,status");
    assertThat(lines).hasSize(fixture.portal.invoices().size() + 1);
    assertThat(lines.get(1)).startsWith("INV-2024-0001,");
  }

  @Test
  void uploadsAFileFromTheWorkDirectory() throws Exception {
    byte[] content = "date,amount\n2025-01-31,1200.50\n".getBytes(StandardCharsets.UTF_8);
    Files.write(fixture.workDirectory.resolve("statement.csv"), content);
    TestActionContext context = fixture.context(session);
    new OpenAction().execute(new OpenAction.Input("/statements"), context);

    new UploadAction()
        .execute(new UploadAction.Input("#statement", null, "statement.csv"), context);
    new ClickAction().execute(new ClickAction.Input("#upload"), context);

    var result = new ReadTextAction().execute(new ReadTextAction.Input("#upload-result"), context);
    assertThat(result.text())
        .isEqualTo(
            "Received statement.csv: " + content.length + " bytes, SHA-256 " + sha256(content));
    ReceivedFile received =
        fixture.portal.receivedFiles().get(fixture.portal.receivedFiles().size() - 1);
    assertThat(received.content()).isEqualTo(content);
  }

  @Test
  void uploadsADocumentUnderItsOriginalName() throws Exception {
    byte[] content = "%PDF-1.4 not really".getBytes(StandardCharsets.UTF_8);
    Path stored = Files.write(fixture.dataDirectory.resolve("doc-7f3a.bin"), content);
    DocumentRef document =
        new DocumentRef(
            stored, "march-statement.pdf", "application/pdf", content.length, sha256(content));
    TestActionContext context = fixture.context(session);
    new OpenAction().execute(new OpenAction.Input("/statements"), context);

    new UploadAction().execute(new UploadAction.Input("#statement", document, null), context);
    new ClickAction().execute(new ClickAction.Input("#upload"), context);

    ReceivedFile received =
        fixture.portal.receivedFiles().get(fixture.portal.receivedFiles().size() - 1);
    assertThat(received.name()).isEqualTo("march-statement.pdf");
    assertThat(received.content()).isEqualTo(content);
  }

  @Test
  void refusesToUploadAFileOutsideTheWorkDirectory() {
    TestActionContext context = fixture.context(session);

    assertThatThrownBy(
            () ->
                new UploadAction()
                    .execute(
                        new UploadAction.Input("#statement", null, "../../etc/passwd"), context))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> assertThat(e.code()).isEqualTo("WEB_PATH_OUTSIDE_WORK_DIRECTORY"))
        .hasMessageContaining("../../etc/passwd");
  }

  private static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }
}
