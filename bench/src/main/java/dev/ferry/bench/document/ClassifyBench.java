package dev.ferry.bench.document;

import dev.ferry.document.classify.DocumentClassifier;
import dev.ferry.document.classify.DocumentType;
import dev.ferry.document.layout.DocumentLimits;
import dev.ferry.document.layout.DocumentReader;
import dev.ferry.engine.spi.BusinessException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Accuracy of {@code document.classify} on the corpus: every invoice PDF should be an INVOICE and
 * every CUAD contract PDF a CONTRACT. Skips when the corpus is absent.
 */
public final class ClassifyBench {
  private ClassifyBench() {}

  public static void main(String[] args) throws IOException {
    Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
    if (!Files.isDirectory(corpus)) {
      System.out.println("SKIPPED: no corpus at " + corpus.toAbsolutePath());
      return;
    }
    DocumentReader reader = new DocumentReader(DocumentLimits.defaults());
    DocumentClassifier classifier = new DocumentClassifier();
    int total = 0;
    int right = 0;
    for (var entry :
        List.of(
            new Object[] {corpus.resolve("invoices"), DocumentType.INVOICE},
            new Object[] {corpus.resolve("contracts/cuad/pdf"), DocumentType.CONTRACT})) {
      Path dir = (Path) entry[0];
      DocumentType expected = (DocumentType) entry[1];
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path pdf : files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) {
          total++;
          try {
            var c = classifier.classify(reader.read(pdf));
            if (c.type() == expected) {
              right++;
            } else {
              System.out.println("  " + pdf.getFileName() + ": " + c + " expected " + expected);
            }
          } catch (BusinessException e) {
            System.out.println("  " + pdf.getFileName() + ": refused " + e.code());
          }
        }
      }
    }
    System.out.printf(
        Locale.ROOT, "classify: %d/%d right (%.1f%%)%n", right, total, 100.0 * right / total);
  }
}
