package dev.ferry.bench.document;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;

/**
 * Removes the embedded files (and the catalog's associated-files list) from a hybrid e-invoice, so
 * that a benchmark of visual extraction cannot read the XML.
 */
final class EmbeddedFileStripper {
  private EmbeddedFileStripper() {}

  static Path strip(Path pdf, Path target) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDDocumentNameDictionary names = doc.getDocumentCatalog().getNames();
      if (names != null) {
        names.setEmbeddedFiles(null);
      }
      doc.getDocumentCatalog().getCOSObject().removeItem(COSName.AF);
      doc.save(target.toFile());
    }
    return target;
  }
}
