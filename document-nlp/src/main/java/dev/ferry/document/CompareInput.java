package dev.ferry.document;

import dev.ferry.engine.spi.DocumentRef;
import dev.ferry.engine.spi.Param;
import java.util.Objects;

/**
 * The input of {@code document.compare}.
 *
 * @param first the earlier version, or one of the two documents
 * @param second the later version, or the other document
 */
public record CompareInput(
    @Param("The first document, such as the earlier version of a contract.") DocumentRef first,
    @Param("The second document, such as the later version.") DocumentRef second) {
  public CompareInput {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
  }
}
