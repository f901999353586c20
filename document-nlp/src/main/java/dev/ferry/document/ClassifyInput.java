package dev.ferry.document;

import dev.ferry.engine.spi.DocumentRef;
import dev.ferry.engine.spi.Param;
import java.util.Objects;

/**
 * The input of {@code document.classify}.
 *
 * @param document the document to classify
 */
public record ClassifyInput(@Param("The PDF or text file to classify.") DocumentRef document) {
  public ClassifyInput {
    Objects.requireNonNull(document, "document");
  }
}
