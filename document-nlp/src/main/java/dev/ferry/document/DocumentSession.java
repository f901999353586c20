package dev.ferry.document;

import dev.ferry.document.invoice.InvoiceTemplate;
import dev.ferry.document.layout.DocumentLimits;
import dev.ferry.engine.spi.ConnectorSession;
import java.util.List;
import java.util.Objects;

/**
 * A {@code document} application's session. It holds the limits and the invoice templates: reading
 * documents needs no connection, so a session is always healthy and closing it releases nothing.
 * Safe to use from any thread.
 */
public final class DocumentSession implements ConnectorSession {
  private final DocumentLimits limits;
  private final List<InvoiceTemplate> templates;

  public DocumentSession(DocumentLimits limits, List<InvoiceTemplate> templates) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.templates = List.copyOf(templates);
  }

  public DocumentLimits limits() {
    return limits;
  }

  /** The per-vendor invoice templates, read once when the session opened. */
  public List<InvoiceTemplate> templates() {
    return templates;
  }

  @Override
  public void close() {
    // Nothing is held open between actions.
  }
}
