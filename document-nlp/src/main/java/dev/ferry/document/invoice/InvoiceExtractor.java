package dev.ferry.document.invoice;

import dev.ferry.document.invoice.internal.EmbeddedInvoiceReader;
import dev.ferry.document.invoice.internal.LayoutInvoiceReader;
import dev.ferry.document.layout.DocumentLimits;
import dev.ferry.document.layout.DocumentReader;
import dev.ferry.document.layout.DocumentText;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Extracts invoice fields from a PDF or text file, without per-vendor templates or with them. When
 * the PDF embeds e-invoice XML (ZUGFeRD, Factur-X, XRechnung, UBL) that XML is the source, since it
 * is what the issuer's system wrote; otherwise a matching vendor template reads the fields it
 * gives, and layout rules read the rest of the pages in English, German, French or Dutch.
 *
 * <p>Thread-safe and cheap to create; the command line can call {@link #extract(Path)} and print
 * the result as JSON.
 */
public final class InvoiceExtractor {
  private final DocumentReader reader;
  private final List<InvoiceTemplate> templates;

  public InvoiceExtractor() {
    this(DocumentLimits.defaults());
  }

  public InvoiceExtractor(DocumentLimits limits) {
    this(limits, List.of());
  }

  /**
   * @param templates per-vendor templates; the first that matches a document overrides the layout
   *     rules for the fields it gives
   */
  public InvoiceExtractor(DocumentLimits limits, List<InvoiceTemplate> templates) {
    this.reader = new DocumentReader(Objects.requireNonNull(limits, "limits"));
    this.templates = List.copyOf(templates);
  }

  /**
   * @throws dev.ferry.engine.spi.BusinessException when the document cannot be read; see {@link
   *     DocumentReader} for the codes
   */
  public Invoice extract(Path file) {
    return extract(reader.read(file));
  }

  /**
   * The embedded e-invoice when there is a readable one, with any field it lacks (a MINIMUM profile
   * has no line items or due date) filled from the pages; else the fields read from the pages. Each
   * field's provenance tells which source it came from.
   */
  public Invoice extract(DocumentText document) {
    Invoice pages =
        fromTemplate(document)
            .map(t -> t.withMissingFrom(fromLayout(document)))
            .orElseGet(() -> fromLayout(document));
    return fromEmbeddedXml(document).map(xml -> xml.withMissingFrom(pages)).orElse(pages);
  }

  /** The fields of the first template that matches the document; empty when none does. */
  public Optional<Invoice> fromTemplate(DocumentText document) {
    String text = document.text();
    return templates.stream().filter(t -> t.matches(text)).findFirst().map(t -> t.read(document));
  }

  /** Reads the pages only, ignoring any embedded XML. */
  public Invoice fromLayout(DocumentText document) {
    return LayoutInvoiceReader.read(document);
  }

  /** Reads only the embedded e-invoice XML; empty when there is none. */
  public Optional<Invoice> fromEmbeddedXml(DocumentText document) {
    return EmbeddedInvoiceReader.read(document);
  }

  public DocumentReader reader() {
    return reader;
  }
}
