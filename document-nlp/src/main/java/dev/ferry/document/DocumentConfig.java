package dev.ferry.document;

import dev.ferry.document.layout.DocumentLimits;
import dev.ferry.document.ner.NerMode;
import dev.ferry.engine.spi.Param;
import java.time.Duration;

/**
 * The settings of a {@code document} application. Every component is optional; the defaults suit
 * invoices and contracts of ordinary size.
 *
 * @param maxBytes the largest document accepted, in bytes
 * @param maxPages the most pages accepted
 * @param timeout how long reading one document may take
 * @param maxMemoryBytes how much of a PDF may be buffered in memory before PDFBox uses temp files
 * @param templates a directory of per-vendor invoice templates (YAML); none when null
 * @param ner named-entity recognition for a contract's parties when no rule finds them: off, lite
 *     or full
 */
public record DocumentConfig(
    @Param(value = "The largest document accepted, in bytes.", defaultValue = "52428800")
        Long maxBytes,
    @Param(value = "The most pages a document may have.", defaultValue = "500") Integer maxPages,
    @Param(value = "How long reading one document may take.", defaultValue = "60s")
        Duration timeout,
    @Param(
            value = "Bytes of a PDF kept in memory; the rest is buffered in temp files.",
            defaultValue = "16777216")
        Long maxMemoryBytes,
    @Param(value = "A directory of per-vendor invoice templates (YAML).", optional = true)
        String templates,
    @Param(
            value =
                "Named-entity recognition for a contract's parties when no rule finds them: off,"
                    + " lite (one model, about 1 s to load) or full (about 15-30 s).",
            defaultValue = "lite")
        String ner) {
  public DocumentConfig {
    DocumentLimits d = DocumentLimits.defaults();
    maxBytes = maxBytes == null ? d.maxBytes() : maxBytes;
    maxPages = maxPages == null ? d.maxPages() : maxPages;
    timeout = timeout == null ? d.timeout() : timeout;
    maxMemoryBytes = maxMemoryBytes == null ? d.maxMemoryBytes() : maxMemoryBytes;
    ner = ner == null ? "lite" : ner;
    NerMode.parse(ner);
    // Validates the values and names the bad one.
    new DocumentLimits(maxBytes, maxPages, timeout, maxMemoryBytes);
  }

  /** The defaults: 50 MB, 500 pages, 60 s, 16 MB in memory. */
  public static DocumentConfig defaults() {
    return new DocumentConfig(null, null, null, null, null, null);
  }

  public NerMode nerMode() {
    return NerMode.parse(ner);
  }

  public DocumentLimits limits() {
    return new DocumentLimits(maxBytes, maxPages, timeout, maxMemoryBytes);
  }
}
