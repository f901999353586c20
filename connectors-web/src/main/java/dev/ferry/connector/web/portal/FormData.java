package dev.ferry.connector.web.portal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Decodes what browsers send: query strings, url-encoded forms and multipart file uploads. */
final class FormData {
  private FormData() {}

  static Map<String, String> urlEncoded(String text) {
    Map<String, String> values = new LinkedHashMap<>();
    if (text == null || text.isEmpty()) {
      return values;
    }
    for (String pair : text.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      values.put(
          URLDecoder.decode(key, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return values;
  }

  /**
   * The first file part of a multipart body, or null when there is none.
   *
   * @param contentType the request's Content-Type header, which names the boundary
   */
  static ReceivedFile firstFile(String contentType, byte[] body) {
    int at = contentType == null ? -1 : contentType.indexOf("boundary=");
    if (at < 0) {
      return null;
    }
    String boundary = contentType.substring(at + "boundary=".length()).replace("\"", "").trim();
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    int start = indexOf(body, delimiter, 0);
    while (start >= 0) {
      int headersStart = start + delimiter.length + 2;
      int headersEnd =
          indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart);
      int next = indexOf(body, delimiter, headersStart);
      if (headersEnd < 0 || next < 0) {
        return null;
      }
      String headers =
          new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
      int nameAt = headers.indexOf("filename=\"");
      if (nameAt >= 0) {
        String name = headers.substring(nameAt + 10, headers.indexOf('"', nameAt + 10));
        // the part's content ends with CRLF before the next delimiter
        byte[] content = Arrays.copyOfRange(body, headersEnd + 4, next - 2);
        return name.isEmpty() ? null : new ReceivedFile(name, content);
      }
      start = next;
    }
    return null;
  }

  private static int indexOf(byte[] data, byte[] pattern, int from) {
    outer:
    for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
