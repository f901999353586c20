package dev.ferry.document;

import dev.ferry.document.invoice.InvoiceTemplates;
import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.Connector;
import dev.ferry.engine.spi.ConnectorSession;
import dev.ferry.engine.spi.SessionContext;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code document} connector: reads PDFs and text files, and extracts invoices with the
 * provenance of every field.
 */
public final class DocumentConnector implements Connector<DocumentConfig> {
  @Override
  public String id() {
    return "document";
  }

  @Override
  public String description() {
    return "Reads PDF documents, extracts invoice fields with where each value came from, classifies"
        + " and compares documents.";
  }

  @Override
  public Class<DocumentConfig> configType() {
    return DocumentConfig.class;
  }

  @Override
  public List<Action<?, ?>> actions() {
    return List.of(
        new ReadTextAction(),
        new ExtractInvoiceAction(),
        new ExtractContractAction(),
        new ClassifyAction(),
        new CompareAction());
  }

  @Override
  public ConnectorSession open(DocumentConfig config, SessionContext context) {
    DocumentConfig settings = config == null ? DocumentConfig.defaults() : config;
    return new DocumentSession(
        settings.limits(),
        settings.templates() == null
            ? List.of()
            : InvoiceTemplates.load(Path.of(settings.templates())),
        settings.nerMode());
  }
}
