package dev.ferry.document.layout;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The text of a whole document with its layout, plus any e-invoice XML embedded in it.
 *
 * @param pages in order, never null
 * @param attachments files embedded in the document (name to bytes), in the order found; never null
 */
public record DocumentText(List<PageText> pages, List<Attachment> attachments) {
  public DocumentText {
    pages = List.copyOf(pages);
    attachments = List.copyOf(attachments);
  }

  /** An embedded file, such as {@code factur-x.xml}. */
  public record Attachment(String name, byte[] content) {}

  /** Every line of every page in reading order. */
  public List<TextLine> lines() {
    return pages.stream().flatMap(p -> p.lines().stream()).toList();
  }

  /** The plain text: lines separated by newlines, pages by a form feed. */
  public String text() {
    return pages.stream()
        .map(p -> p.lines().stream().map(TextLine::text).collect(Collectors.joining("\n")))
        .collect(Collectors.joining("\n\f"));
  }

  public int wordCount() {
    return pages.stream().flatMap(p -> p.lines().stream()).mapToInt(l -> l.words().size()).sum();
  }
}
