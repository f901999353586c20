package dev.ferry.document;

import java.util.List;

/**
 * The output of {@code document.read-text}.
 *
 * @param text the text in reading order: lines separated by newlines, pages by form feeds
 * @param pages the page count
 * @param words the word count
 * @param attachments the names of files embedded in the PDF, such as {@code factur-x.xml}
 */
public record ReadTextOutput(String text, int pages, int words, List<String> attachments) {
  public ReadTextOutput {
    attachments = List.copyOf(attachments);
  }
}
