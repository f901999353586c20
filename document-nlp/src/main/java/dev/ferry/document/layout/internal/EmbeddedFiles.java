package dev.ferry.document.layout.internal;

import dev.ferry.document.layout.DocumentText.Attachment;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/** Reads the files embedded in a PDF, where ZUGFeRD and Factur-X keep their invoice XML. */
public final class EmbeddedFiles {
  /** An e-invoice XML is small; anything bigger is not read into memory. */
  private static final int MAX_ATTACHMENT_BYTES = 8 << 20;

  private EmbeddedFiles() {}

  public static List<Attachment> read(PDDocument document) throws IOException {
    List<Attachment> out = new ArrayList<>();
    PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
    if (names == null || names.getEmbeddedFiles() == null) {
      return out;
    }
    collect(names.getEmbeddedFiles(), out, 0);
    return out;
  }

  private static void collect(
      PDNameTreeNode<PDComplexFileSpecification> node, List<Attachment> out, int depth)
      throws IOException {
    if (depth > 16) {
      return;
    }
    Map<String, PDComplexFileSpecification> files = node.getNames();
    if (files != null) {
      for (Map.Entry<String, PDComplexFileSpecification> e : files.entrySet()) {
        PDComplexFileSpecification spec = e.getValue();
        PDEmbeddedFile file = spec.getEmbeddedFile();
        if (file == null) {
          file = spec.getEmbeddedFileUnicode();
        }
        if (file == null || file.getLength() > MAX_ATTACHMENT_BYTES) {
          continue;
        }
        String name = spec.getFilename() != null ? spec.getFilename() : e.getKey();
        out.add(new Attachment(name, file.toByteArray()));
      }
    }
    if (node.getKids() != null) {
      for (PDNameTreeNode<PDComplexFileSpecification> kid : node.getKids()) {
        collect(kid, out, depth + 1);
      }
    }
  }
}
