package dev.ferry.document.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.document.layout.DocumentLimits;
import dev.ferry.document.layout.DocumentReader;
import dev.ferry.document.testing.SampleInvoices;
import dev.ferry.document.testing.TestPdf;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentClassifierTest {
  @TempDir Path dir;
  private final DocumentReader reader = new DocumentReader(DocumentLimits.defaults());
  private final DocumentClassifier classifier = new DocumentClassifier();

  @Test
  void recognisesInvoicesInFourLanguages() {
    for (Path pdf :
        new Path[] {
          SampleInvoices.english(dir),
          SampleInvoices.german(dir),
          SampleInvoices.french(dir),
          SampleInvoices.dutch(dir)
        }) {
      assertThat(classifier.classify(reader.read(pdf)).type())
          .as(pdf.getFileName().toString())
          .isEqualTo(DocumentType.INVOICE);
    }
  }

  @Test
  void recognisesAContract() {
    Path pdf =
        new TestPdf()
            .text(50, 50, "MASTER SERVICES AGREEMENT")
            .text(50, 70, "This Agreement is made between Acme Ltd and Beta plc (the parties).")
            .text(50, 90, "WHEREAS the parties wish to cooperate, they hereby agree as follows.")
            .text(50, 110, "1. Term and termination. Either party may terminate on 90 days notice.")
            .text(50, 130, "2. Confidential information shall not be disclosed.")
            .text(50, 150, "3. Governing law. This Agreement is governed by the laws of England.")
            .save(dir.resolve("contract.pdf"));
    DocumentClassifier.Classification c = classifier.classify(reader.read(pdf));
    assertThat(c.type()).isEqualTo(DocumentType.CONTRACT);
    assertThat(c.contractScore()).isGreaterThan(c.invoiceScore());
  }

  @Test
  void callsALetterOther() {
    Path pdf =
        new TestPdf()
            .text(50, 50, "Dear Ms Smith,")
            .text(50, 70, "thank you for visiting our shop last week. We hope to see you again.")
            .save(dir.resolve("letter.pdf"));
    assertThat(classifier.classify(reader.read(pdf)).type()).isEqualTo(DocumentType.OTHER);
  }
}
