package dev.ferry.engine.spi;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * What a person would have seen during a step: a screenshot, the screen text of a terminal, a
 * page's URL or HTML, or the fields read or written.
 *
 * @param kind what this is
 * @param label a short description, such as "after" or "at failure"
 * @param mediaType the MIME type of {@code content}, such as {@code image/png} or {@code
 *     text/plain}
 * @param content the bytes; text is UTF-8
 */
public record Evidence(Kind kind, String label, String mediaType, byte[] content) {

  /** The kinds of evidence the audit report knows how to show. */
  public enum Kind {
    SCREENSHOT,
    SCREEN_TEXT,
    URL,
    HTML,
    FIELDS,
    CALLS,
    NOTE
  }

  public Evidence {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(content, "content");
  }

  public static Evidence screenshot(String label, String mediaType, byte[] image) {
    return new Evidence(Kind.SCREENSHOT, label, mediaType, image);
  }

  public static Evidence text(Kind kind, String label, String text) {
    return new Evidence(kind, label, "text/plain", text.getBytes(StandardCharsets.UTF_8));
  }

  /** The content as UTF-8 text; meaningful only for text evidence. */
  public String contentAsText() {
    return new String(content, StandardCharsets.UTF_8);
  }
}
