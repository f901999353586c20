package dev.ferry.connector.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FormDataTest {

  @Test
  void decodesAUrlEncodedForm() {
    assertThat(FormData.urlEncoded("number=INV-2024-0001&amount=12.50&note=a+b%26c"))
        .containsEntry("number", "INV-2024-0001")
        .containsEntry("amount", "12.50")
        .containsEntry("note", "a b&c");
  }

  @Test
  void findsTheFilePartOfAMultipartBody() {
    String body =
        "--XyZ\r\n"
            + "Content-Disposition: form-data; name=\"comment\"\r\n\r\n"
            + "hello\r\n"
            + "--XyZ\r\n"
            + "Content-Disposition: form-data; name=\"statement\"; filename=\"s.csv\"\r\n"
            + "Content-Type: text/csv\r\n\r\n"
            + "a,b\r\n1,2\r\n"
            + "--XyZ--\r\n";

    ReceivedFile file =
        FormData.firstFile(
            "multipart/form-data; boundary=XyZ", body.getBytes(StandardCharsets.UTF_8));

    assertThat(file.name()).isEqualTo("s.csv");
    assertThat(new String(file.content(), StandardCharsets.UTF_8)).isEqualTo("a,b\r\n1,2");
  }

  @Test
  void aMultipartBodyWithoutAChosenFileHasNoFile() {
    String body =
        "--XyZ\r\n"
            + "Content-Disposition: form-data; name=\"statement\"; filename=\"\"\r\n\r\n"
            + "\r\n--XyZ--\r\n";

    assertThat(
            FormData.firstFile(
                "multipart/form-data; boundary=XyZ", body.getBytes(StandardCharsets.UTF_8)))
        .isNull();
    assertThat(FormData.firstFile("text/plain", new byte[0])).isNull();
  }
}
