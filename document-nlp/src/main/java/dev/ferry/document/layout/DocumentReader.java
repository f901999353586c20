package dev.ferry.document.layout;

import dev.ferry.document.layout.internal.EmbeddedFiles;
import dev.ferry.document.layout.internal.LayoutCollector;
import dev.ferry.document.layout.internal.PlainTextLayout;
import dev.ferry.document.layout.internal.TesseractOcr;
import dev.ferry.engine.spi.BusinessException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Reads a PDF, or a UTF-8 text file, into words, lines and pages with their positions, within
 * {@link DocumentLimits}. Every way a document can be unreadable ends in a {@link
 * BusinessException} with a stable code: {@code DOCUMENT_NOT_FOUND}, {@code DOCUMENT_EMPTY}, {@code
 * DOCUMENT_TOO_LARGE}, {@code UNSUPPORTED_FORMAT}, {@code UNKNOWN_ENCODING}, {@code PDF_ENCRYPTED},
 * {@code PDF_CORRUPTED}, {@code PDF_TOO_MANY_PAGES}, {@code PDF_NO_TEXT} or {@code
 * DOCUMENT_TIMEOUT}.
 *
 * <p>A page without a text layer, a scan, is read with Tesseract OCR when {@code tesseract} is
 * installed, within the same time limit.
 *
 * <p>Thread-safe: each call works on its own document.
 */
public final class DocumentReader {
  private final DocumentLimits limits;

  public DocumentReader(DocumentLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  public DocumentLimits limits() {
    return limits;
  }

  /**
   * @param file a PDF or a text file; never null
   * @return the document's text and layout; never null, never without text
   */
  public DocumentText read(Path file) {
    Objects.requireNonNull(file, "file");
    long size = size(file);
    if (size == 0) {
      throw new BusinessException("DOCUMENT_EMPTY", file.getFileName() + " is empty (0 bytes).");
    }
    if (size > limits.maxBytes()) {
      throw new BusinessException(
          "DOCUMENT_TOO_LARGE",
          file.getFileName()
              + " is "
              + size
              + " bytes, more than the limit of "
              + limits.maxBytes()
              + " bytes. Split the document or raise max-bytes.");
    }
    byte[] head = head(file);
    if (startsWith(head, "%PDF-") || indexOf(head, "%PDF-") >= 0) {
      return readPdf(file);
    }
    return readText(file);
  }

  /** The pages, with each page that has no text read by OCR when Tesseract is installed. */
  private static List<PageText> withScansRead(PDDocument pdf, List<PageText> pages, long deadline)
      throws IOException {
    var languages = TesseractOcr.languages();
    if (languages.isEmpty() || pages.stream().allMatch(p -> !p.lines().isEmpty())) {
      return pages;
    }
    PDFRenderer renderer = new PDFRenderer(pdf);
    // Decode an image only at the resolution it is drawn at: a scan declared 100,000 pixels wide
    // costs no more than one that fits the page.
    renderer.setSubsamplingAllowed(true);
    List<PageText> read = new ArrayList<>();
    for (PageText page : pages) {
      read.add(
          page.lines().isEmpty()
              ? TesseractOcr.read(
                  renderer,
                  page.number() - 1,
                  pdf.getPage(page.number() - 1).getCropBox(),
                  languages.get(),
                  deadline)
              : page);
    }
    return read;
  }

  private DocumentText readPdf(Path file) {
    long deadline = System.nanoTime() + limits.timeout().toNanos();
    MemoryUsageSetting memory = MemoryUsageSetting.setupMixed(limits.maxMemoryBytes());
    try (PDDocument pdf =
        Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), "", memory.streamCache)) {
      int pages = pdf.getNumberOfPages();
      if (pages > limits.maxPages()) {
        throw new BusinessException(
            "PDF_TOO_MANY_PAGES",
            file.getFileName()
                + " has "
                + pages
                + " pages, more than the limit of "
                + limits.maxPages()
                + ". Split the document or raise max-pages.");
      }
      if (pages == 0) {
        throw new BusinessException("DOCUMENT_EMPTY", file.getFileName() + " has no pages.");
      }
      if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
        throw encrypted(file);
      }
      List<DocumentText.Attachment> attachments = EmbeddedFiles.read(pdf);
      LayoutCollector collector = new LayoutCollector(() -> System.nanoTime() > deadline);
      collector.writeText(pdf, Writer.nullWriter());
      DocumentText text =
          new DocumentText(withScansRead(pdf, collector.pages(), deadline), attachments);
      if (text.wordCount() == 0) {
        throw new BusinessException(
            "PDF_NO_TEXT",
            file.getFileName()
                + (TesseractOcr.languages().isPresent()
                    ? " has no text layer, and OCR found no words on its pages. Ask for a clearer"
                        + " scan, a text PDF or an e-invoice."
                    : " has no text layer (a scanned image?). Reading it needs OCR: install"
                        + " Debian's tesseract-ocr, or ask for a text PDF or an e-invoice."));
      }
      if (collector.unreadableShare() > 0.3) {
        throw new BusinessException(
            "UNKNOWN_ENCODING",
            file.getFileName()
                + ": "
                + Math.round(collector.unreadableShare() * 100)
                + "% of its characters use fonts without a Unicode mapping, so its text cannot be"
                + " read reliably. Ask the sender for a PDF with embedded, mapped fonts.");
      }
      return text;
    } catch (InvalidPasswordException e) {
      throw encrypted(file);
    } catch (LayoutCollector.TimeLimitExceeded e) {
      throw new BusinessException(
          "DOCUMENT_TIMEOUT",
          "Reading "
              + file.getFileName()
              + " took longer than "
              + limits.timeout().toSeconds()
              + " s and was stopped. The file may be built to be slow; check it by hand.");
    } catch (IOException | RuntimeException e) {
      if (e instanceof BusinessException be) {
        throw be;
      }
      throw new BusinessException(
          "PDF_CORRUPTED",
          file.getFileName()
              + " is not a readable PDF ("
              + e.getClass().getSimpleName()
              + ": "
              + e.getMessage()
              + "). Ask the sender for a new copy.");
    }
  }

  private static BusinessException encrypted(Path file) {
    return new BusinessException(
        "PDF_ENCRYPTED",
        file.getFileName()
            + " is password-protected or forbids text extraction. Ask the sender for an"
            + " unprotected copy.");
  }

  private DocumentText readText(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new BusinessException(
          "DOCUMENT_NOT_FOUND", "Cannot read " + file + ": " + e.getMessage());
    }
    String text = decode(bytes, file);
    DocumentText document = new DocumentText(PlainTextLayout.pages(text), List.of());
    if (document.wordCount() == 0) {
      throw new BusinessException("DOCUMENT_EMPTY", file.getFileName() + " contains no text.");
    }
    return document;
  }

  private static String decode(byte[] bytes, Path file) {
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    for (byte b : bytes) {
      if (b == 0) {
        throw new BusinessException(
            "UNSUPPORTED_FORMAT",
            file.getFileName() + " is neither a PDF nor a text file. Send the invoice as a PDF.");
      }
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new BusinessException(
          "UNKNOWN_ENCODING",
          file.getFileName()
              + " is text but not UTF-8 or UTF-16 with a byte-order mark, so its characters"
              + " cannot be read safely. Convert it to UTF-8 or send a PDF.");
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (NoSuchFileException e) {
      throw new BusinessException("DOCUMENT_NOT_FOUND", "There is no file " + file + ".");
    } catch (IOException e) {
      throw new BusinessException(
          "DOCUMENT_NOT_FOUND", "Cannot read " + file + ": " + e.getMessage());
    }
  }

  private static byte[] head(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(1024);
    } catch (IOException e) {
      throw new BusinessException(
          "DOCUMENT_NOT_FOUND", "Cannot read " + file + ": " + e.getMessage());
    }
  }

  private static boolean startsWith(byte[] bytes, String prefix) {
    return indexOf(bytes, prefix) == 0;
  }

  private static int indexOf(byte[] bytes, String needle) {
    byte[] n = needle.getBytes(StandardCharsets.US_ASCII);
    outer:
    for (int i = 0; i + n.length <= bytes.length; i++) {
      for (int j = 0; j < n.length; j++) {
        if (bytes[i + j] != n[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
