package dev.ferry.document;

import dev.ferry.engine.spi.DocumentRef;
import dev.ferry.engine.spi.Param;
import java.util.Objects;

/**
 * The input of {@code document.read-text}.
 *
 * @param document the PDF or text file to read
 */
public record ReadTextInput(@Param("The PDF or text file to read.") DocumentRef document) {
  public ReadTextInput {
    Objects.requireNonNull(document, "document");
  }
}
