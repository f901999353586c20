package dev.ferry.document.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes real PDFs with PDFBox for tests: text placed at positions measured from the top-left of an
 * A4 page, in Helvetica, optionally with an embedded file.
 */
public final class TestPdf {
  private final List<List<Text>> pages = new ArrayList<>();
  private final Map<String, byte[]> attachments = new java.util.LinkedHashMap<>();

  /** One piece of text: its left edge and baseline from the top of the page, in points. */
  public record Text(float x, float y, String text, float size, boolean bold) {}

  public TestPdf() {
    pages.add(new ArrayList<>());
  }

  public TestPdf text(float x, float y, String text) {
    return text(x, y, text, 10);
  }

  public TestPdf text(float x, float y, String text, float size) {
    pages.get(pages.size() - 1).add(new Text(x, y, text, size, false));
    return this;
  }

  public TestPdf bold(float x, float y, String text, float size) {
    pages.get(pages.size() - 1).add(new Text(x, y, text, size, true));
    return this;
  }

  /** Cells of one table row, each starting at the matching x. */
  public TestPdf row(float y, float[] xs, String... cells) {
    for (int i = 0; i < cells.length; i++) {
      if (!cells[i].isEmpty()) {
        text(xs[i], y, cells[i]);
      }
    }
    return this;
  }

  public TestPdf newPage() {
    pages.add(new ArrayList<>());
    return this;
  }

  public TestPdf attach(String name, String xml) {
    attachments.put(name, xml.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  public Path save(Path file) {
    try (PDDocument doc = build()) {
      doc.save(file.toFile());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The document, not yet saved; the caller closes it. */
  public PDDocument build() throws IOException {
    PDDocument doc = new PDDocument();
    PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    for (List<Text> texts : pages) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      float height = page.getMediaBox().getHeight();
      try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
        for (Text t : texts) {
          out.beginText();
          out.setFont(t.bold() ? bold : regular, t.size());
          out.newLineAtOffset(t.x(), height - t.y());
          out.showText(t.text());
          out.endText();
        }
      }
    }
    if (!attachments.isEmpty()) {
      Map<String, PDComplexFileSpecification> specs = new java.util.LinkedHashMap<>();
      for (Map.Entry<String, byte[]> a : attachments.entrySet()) {
        PDEmbeddedFile file =
            new PDEmbeddedFile(doc, new java.io.ByteArrayInputStream(a.getValue()));
        file.setSubtype("text/xml");
        file.setSize(a.getValue().length);
        file.setCreationDate(Calendar.getInstance());
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(a.getKey());
        spec.setFileUnicode(a.getKey());
        spec.setEmbeddedFile(file);
        spec.setEmbeddedFileUnicode(file);
        specs.put(a.getKey(), spec);
      }
      PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
      tree.setNames(specs);
      PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
      names.setEmbeddedFiles(tree);
      doc.getDocumentCatalog().setNames(names);
    }
    return doc;
  }
}
