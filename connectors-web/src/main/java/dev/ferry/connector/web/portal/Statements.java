package dev.ferry.connector.web.portal;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The statement upload page and the files it received. */
final class Statements {
  private static final int MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
  private final List<ReceivedFile> received = new CopyOnWriteArrayList<>();

  List<ReceivedFile> received() {
    return List.copyOf(received);
  }

  void handle(PortalRequest request, String user, boolean post) throws IOException {
    if (!post) {
      request.html(200, PortalPages.statements(user, null));
      return;
    }
    byte[] body = request.body().readNBytes(MAX_UPLOAD_BYTES + 1);
    if (body.length > MAX_UPLOAD_BYTES) {
      request.html(413, PortalPages.failure(413, "Statements are limited to 5 MB"));
      return;
    }
    ReceivedFile file = FormData.firstFile(request.header("Content-Type"), body);
    if (file == null) {
      request.html(200, PortalPages.statements(user, "Choose a file to upload."));
      return;
    }
    received.add(file);
    request.html(
        200,
        PortalPages.statements(
            user,
            "Received "
                + file.name()
                + ": "
                + file.content().length
                + " bytes, SHA-256 "
                + file.sha256()));
  }
}
