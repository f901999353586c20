package dev.ferry.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.document.invoice.Invoice;
import dev.ferry.document.testing.SampleInvoices;
import dev.ferry.document.testing.TestPdf;
import dev.ferry.engine.spi.BusinessException;
import dev.ferry.engine.spi.Connector;
import dev.ferry.engine.spi.DocumentRef;
import dev.ferry.engine.spi.Evidence;
import dev.ferry.engine.testing.TestActionContext;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentConnectorTest {
  @TempDir Path dir;
  private final DocumentConnector connector = new DocumentConnector();
  private final DocumentSession session =
      (DocumentSession) connector.open(DocumentConfig.defaults(), null);

  @Test
  void isFoundThroughServiceLoaderWithItsActions() {
    assertThat(ServiceLoader.load(Connector.class).stream().map(ServiceLoader.Provider::type))
        .contains(DocumentConnector.class);
    assertThat(connector.actions())
        .extracting(a -> a.name())
        .containsExactly(
            "document.read-text",
            "document.extract-invoice",
            "document.extract-contract",
            "document.classify",
            "document.compare")
        .allMatch(n -> n.startsWith(connector.id() + "."));
  }

  @Test
  void extractsAnInvoiceAndRecordsItsFieldsAsEvidence() throws Exception {
    TestActionContext context = TestActionContext.forSession(session);
    Invoice invoice =
        new ExtractInvoiceAction()
            .execute(ExtractInvoiceInput.of(ref(SampleInvoices.german(dir))), context);
    assertThat(invoice.total()).isEqualByComparingTo("1808.56");
    assertThat(context.recordedEvidence())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.kind()).isEqualTo(Evidence.Kind.FIELDS);
              assertThat(e.contentAsText())
                  .contains("total: 1808.56  [RULE, confidence 0.97, page 1 at 470.0,");
            });
  }

  @Test
  void anApplicationsTemplatesOverrideTheRulesForTheFieldsTheyGive() throws Exception {
    Path templates = java.nio.file.Files.createDirectories(dir.resolve("templates"));
    java.nio.file.Files.writeString(
        templates.resolve("mueller.yaml"),
        "vendor: Müller Bürotechnik GmbH\n"
            + "keywords: [Müller Bürotechnik]\n"
            + "fields:\n"
            + "  purchaseOrder: 'Ihre Bestellung:\\s*(\\d+)'\n"
            + "  total: { value: '1808.56' }\n");
    DocumentSession withTemplates =
        (DocumentSession)
            connector.open(
                new DocumentConfig(null, null, null, null, templates.toString(), null), null);
    Invoice invoice =
        new ExtractInvoiceAction()
            .execute(
                ExtractInvoiceInput.of(ref(SampleInvoices.german(dir))),
                TestActionContext.forSession(withTemplates));

    assertThat(invoice.purchaseOrder()).isEqualTo("4500012345");
    assertThat(invoice.provenance().get("purchaseOrder").method())
        .isEqualTo(dev.ferry.document.invoice.ExtractionMethod.TEMPLATE);
    assertThat(invoice.provenance().get("number").method())
        .isEqualTo(dev.ferry.document.invoice.ExtractionMethod.RULE);
    assertThatThrownBy(
            () ->
                connector.open(
                    new DocumentConfig(
                        null, null, null, null, dir.resolve("none").toString(), null),
                    null))
        .hasMessageContaining("the invoice templates directory")
        .hasMessageContaining("does not exist");
  }

  @Test
  void failsWithLowConfidenceNamingTheFieldThatWasNotFound() throws Exception {
    Path letter =
        new TestPdf()
            .text(50, 50, "Dear customer, thank you for your order.")
            .save(dir.resolve("letter.pdf"));
    TestActionContext context = TestActionContext.forSession(session);
    assertThatThrownBy(
            () -> new ExtractInvoiceAction().execute(ExtractInvoiceInput.of(ref(letter)), context))
        .isInstanceOfSatisfying(
            BusinessException.class, e -> assertThat(e.code()).isEqualTo("LOW_CONFIDENCE"))
        .hasMessageContaining(
            "Invoice letter.pdf: 'number', 'date', 'currency', 'total' were not found.");
  }

  @Test
  void failsWithLowConfidenceWhenAFieldIsBelowTheThreshold() throws Exception {
    // The issuer has no legal form and no seller label, so it is only guessed from the top line.
    Path pdf =
        new TestPdf()
            .text(50, 50, "Corner Bakery")
            .text(50, 80, "Invoice number: 77")
            .text(50, 94, "Date: 2024-05-01")
            .text(50, 108, "Total: EUR 12.50")
            .save(dir.resolve("guess.pdf"));
    TestActionContext context = TestActionContext.forSession(session);
    ExtractInvoiceInput input =
        new ExtractInvoiceInput(ref(pdf), new BigDecimal("0.8"), null, null);
    assertThatThrownBy(() -> new ExtractInvoiceAction().execute(input, context))
        .isInstanceOfSatisfying(
            BusinessException.class, e -> assertThat(e.code()).isEqualTo("LOW_CONFIDENCE"))
        .hasMessageContaining("'vendor' = 'Corner Bakery'")
        .hasMessageContaining("below the threshold 0.8");
    ExtractInvoiceInput lenient =
        new ExtractInvoiceInput(ref(pdf), new BigDecimal("0.4"), List.of("vendor", "total"), null);
    assertThat(new ExtractInvoiceAction().execute(lenient, context).vendor())
        .isEqualTo("Corner Bakery");
  }

  @Test
  void rejectsAnUnknownRequiredField() {
    assertThatThrownBy(
            () ->
                new ExtractInvoiceInput(
                    ref(SampleInvoices.dutch(dir)), null, List.of("amount"), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown invoice field 'amount'");
  }

  @Test
  void readsTextAndNamesTheEmbeddedFiles() throws Exception {
    Path pdf =
        new TestPdf()
            .text(50, 50, "Hello")
            .newPage()
            .text(50, 50, "World")
            .attach("factur-x.xml", "<x/>")
            .save(dir.resolve("t.pdf"));
    TestActionContext context = TestActionContext.forSession(session);
    ReadTextOutput out = new ReadTextAction().execute(new ReadTextInput(ref(pdf)), context);
    assertThat(out.text()).isEqualTo("Hello\n\fWorld");
    assertThat(out.pages()).isEqualTo(2);
    assertThat(out.attachments()).containsExactly("factur-x.xml");
    assertThat(context.recordedEvidence())
        .singleElement()
        .extracting(Evidence::kind)
        .isEqualTo(Evidence.Kind.SCREEN_TEXT);
  }

  @Test
  void comparesTwoDocumentsAndClassifiesOne() throws Exception {
    TestActionContext context = TestActionContext.forSession(session);
    Path german = SampleInvoices.german(dir);
    var same = new CompareAction().execute(new CompareInput(ref(german), ref(german)), context);
    assertThat(same.similarity()).isEqualByComparingTo("1.000");
    var kind = new ClassifyAction().execute(new ClassifyInput(ref(german)), context);
    assertThat(kind.type()).isEqualTo(dev.ferry.document.classify.DocumentType.INVOICE);
    assertThat(context.recordedEvidence())
        .extracting(Evidence::kind)
        .containsOnly(Evidence.Kind.FIELDS);
  }

  static DocumentRef ref(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
      return new DocumentRef(
          file, file.getFileName().toString(), "application/pdf", bytes.length, sha);
    } catch (IOException | NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
