package dev.ferry.document.layout;

import java.time.Duration;
import java.util.Objects;

/**
 * How much a document may cost to read. Anything beyond is refused with a business failure, so that
 * a hostile or broken file cannot exhaust a node.
 *
 * @param maxBytes the largest file accepted
 * @param maxPages the most pages accepted
 * @param timeout how long reading one document may take
 * @param maxMemoryBytes how much of the file PDFBox may buffer in memory; the rest goes to temp
 *     files
 */
public record DocumentLimits(long maxBytes, int maxPages, Duration timeout, long maxMemoryBytes) {
  public DocumentLimits {
    Objects.requireNonNull(timeout, "timeout");
    if (maxBytes <= 0 || maxPages <= 0 || maxMemoryBytes <= 0) {
      throw new IllegalArgumentException("document limits must be positive");
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("the document timeout must be positive: " + timeout);
    }
  }

  /** 50 MB, 500 pages, 60 seconds, 16 MB of buffers in memory. */
  public static DocumentLimits defaults() {
    return new DocumentLimits(50L << 20, 500, Duration.ofSeconds(60), 16L << 20);
  }

  public DocumentLimits withTimeout(Duration newTimeout) {
    return new DocumentLimits(maxBytes, maxPages, newTimeout, maxMemoryBytes);
  }
}
