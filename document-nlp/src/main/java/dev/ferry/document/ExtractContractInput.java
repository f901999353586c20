package dev.ferry.document;

import dev.ferry.engine.spi.DocumentRef;
import dev.ferry.engine.spi.Param;
import java.util.Objects;

/**
 * The input of {@code document.extract-contract}.
 *
 * @param document the contract, a PDF or a text file, in English
 */
public record ExtractContractInput(
    @Param("The contract to read, in English: a PDF or a text file.") DocumentRef document) {
  public ExtractContractInput {
    Objects.requireNonNull(document, "document");
  }
}
