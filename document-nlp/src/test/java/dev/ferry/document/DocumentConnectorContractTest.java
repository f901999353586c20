package dev.ferry.document;

import dev.ferry.document.testing.SampleInvoices;
import dev.ferry.engine.spi.Connector;
import dev.ferry.engine.testing.ConnectorContractTest;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class DocumentConnectorContractTest extends ConnectorContractTest<DocumentConfig> {
  @TempDir Path dir;

  @Override
  protected Connector<DocumentConfig> connector() {
    return new DocumentConnector();
  }

  @Override
  protected DocumentConfig configuration() {
    return DocumentConfig.defaults();
  }

  @Override
  protected ActionCall smokeTest() {
    return new ActionCall(
        "document.extract-invoice",
        ExtractInvoiceInput.of(DocumentConnectorTest.ref(SampleInvoices.english(dir))));
  }
}
