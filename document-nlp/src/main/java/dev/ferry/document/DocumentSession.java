package dev.ferry.document;

import dev.ferry.document.invoice.InvoiceTemplate;
import dev.ferry.document.layout.DocumentLimits;
import dev.ferry.document.ner.NerMode;
import dev.ferry.engine.spi.ConnectorSession;
import java.util.List;
import java.util.Objects;

/**
 * A {@code document} application's session. It holds the limits, the invoice templates and the
 * named-entity mode: reading documents needs no connection, so a session is always healthy and
 * closing it releases nothing. Safe to use from any thread.
 */
public final class DocumentSession implements ConnectorSession {
  private final DocumentLimits limits;
  private final List<InvoiceTemplate> templates;
  private final NerMode ner;

  public DocumentSession(DocumentLimits limits, List<InvoiceTemplate> templates, NerMode ner) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.templates = List.copyOf(templates);
    this.ner = Objects.requireNonNull(ner, "ner");
  }

  public DocumentLimits limits() {
    return limits;
  }

  /** The per-vendor invoice templates, read once when the session opened. */
  public List<InvoiceTemplate> templates() {
    return templates;
  }

  /** Whether and how named-entity recognition finds a contract's parties when no rule does. */
  public NerMode ner() {
    return ner;
  }

  @Override
  public void close() {
    // Nothing is held open between actions.
  }
}
