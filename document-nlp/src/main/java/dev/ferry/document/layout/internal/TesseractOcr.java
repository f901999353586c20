package dev.ferry.document.layout.internal;

import dev.ferry.document.layout.PageText;
import dev.ferry.document.layout.TextLine;
import dev.ferry.document.layout.Word;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Reads the words of a scanned page with Tesseract (Debian's {@code tesseract-ocr}), run as a
 * subprocess when it is installed: the page is rendered to a grey image, and Tesseract's TSV output
 * gives each word with its box, which becomes points on the page. Words are grouped into lines by
 * their height on the page, as the text layer's are, so the same layout rules apply.
 */
public final class TesseractOcr {
  /** The languages Ferry reads, in the order Tesseract tries them. */
  private static final List<String> LANGUAGES = List.of("eng", "deu", "fra", "nld");

  private static final float DPI = 300;

  /** A page's longest side in pixels at most, so a huge page does not become a huge image. */
  private static final int MAX_SIDE_PIXELS = 4000;

  private static volatile Optional<String> installed;

  private TesseractOcr() {}

  /**
   * The installed languages Ferry reads, joined for Tesseract ({@code eng+deu}); empty when
   * Tesseract or all of those languages are missing. Asked once per JVM.
   */
  public static Optional<String> languages() {
    Optional<String> known = installed;
    if (known == null) {
      known = probe();
      installed = known;
    }
    return known;
  }

  private static Optional<String> probe() {
    try {
      Process p = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
        p.destroyForcibly();
        return Optional.empty();
      }
      List<String> listed = out.lines().map(String::trim).toList();
      List<String> usable = LANGUAGES.stream().filter(listed::contains).toList();
      return usable.isEmpty() ? Optional.empty() : Optional.of(String.join("+", usable));
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /**
   * The words of one page.
   *
   * @param index the 0-based page index
   * @param deadline when reading must stop, in {@link System#nanoTime} terms
   * @throws LayoutCollector.TimeLimitExceeded when Tesseract runs past the deadline
   * @throws IOException when the page cannot be rendered or Tesseract fails
   */
  public static PageText read(
      PDFRenderer renderer, int index, PDRectangle box, String languages, long deadline)
      throws IOException {
    float longest = Math.max(box.getWidth(), box.getHeight());
    float dpi = Math.min(DPI, MAX_SIDE_PIXELS * 72f / Math.max(1f, longest));
    BufferedImage image = renderer.renderImageWithDPI(index, dpi, ImageType.GRAY);
    Path pgm = Files.createTempFile("ferry-ocr-", ".pgm");
    Path tsv = Files.createTempFile("ferry-ocr-", ".tsv");
    try {
      writePgm(image, pgm);
      run(pgm, tsv, languages, deadline);
      float pointsPerPixel = 72f / dpi;
      return new PageText(
          index + 1,
          box.getWidth(),
          box.getHeight(),
          lines(words(Files.readAllLines(tsv), index + 1, pointsPerPixel), index + 1));
    } finally {
      Files.deleteIfExists(pgm);
      Files.deleteIfExists(tsv);
    }
  }

  /** The grey image as binary PGM: a short header and the raw bytes, with nothing to compress. */
  private static void writePgm(BufferedImage image, Path file) throws IOException {
    byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      out.write(
          ("P5\n" + image.getWidth() + " " + image.getHeight() + "\n255\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(pixels);
    }
  }

  private static void run(Path image, Path tsv, String languages, long deadline)
      throws IOException {
    ProcessBuilder command =
        new ProcessBuilder(
                "tesseract", image.toString(), "stdout", "-l", languages, "--psm", "3", "tsv")
            .redirectOutput(tsv.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD);
    // One thread per page: a node reads several documents at once, and Tesseract's OpenMP threads
    // spin while they wait, which costs more than they gain on a busy machine.
    command.environment().put("OMP_THREAD_LIMIT", "1");
    Process p = command.start();
    try {
      if (!p.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
        p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        throw new LayoutCollector.TimeLimitExceeded();
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while Tesseract read a page", e);
    }
    if (p.exitValue() != 0) {
      throw new IOException("Tesseract failed with exit code " + p.exitValue());
    }
  }

  /**
   * Tesseract's TSV: level, page, block, paragraph, line, word, left, top, width, height, conf,
   * text.
   */
  static List<Word> words(List<String> tsv, int page, float pointsPerPixel) {
    List<Word> words = new ArrayList<>();
    for (String row : tsv) {
      String[] c = row.split("\t", -1);
      if (c.length < 12 || !c[0].equals("5") || c[11].isBlank()) {
        continue;
      }
      try {
        float confidence = Float.parseFloat(c[10]);
        if (confidence < 0) {
          continue;
        }
        words.add(
            new Word(
                c[11].trim(),
                page,
                Integer.parseInt(c[6]) * pointsPerPixel,
                Integer.parseInt(c[7]) * pointsPerPixel,
                Integer.parseInt(c[8]) * pointsPerPixel,
                Integer.parseInt(c[9]) * pointsPerPixel,
                Math.min(1f, confidence / 100f)));
      } catch (NumberFormatException e) {
        // the header row, or a row Tesseract did not finish
      }
    }
    return words;
  }

  /** Words whose middles sit within half a word's height of each other form one line. */
  static List<TextLine> lines(List<Word> words, int page) {
    List<Word> sorted = new ArrayList<>(words);
    sorted.sort(Comparator.comparingDouble(w -> w.y() + w.height() / 2));
    List<TextLine> lines = new ArrayList<>();
    List<Word> row = new ArrayList<>();
    float middle = 0;
    for (Word w : sorted) {
      float m = w.y() + w.height() / 2;
      if (!row.isEmpty() && m - middle > 0.5f * w.height()) {
        lines.add(line(row, page));
        row = new ArrayList<>();
      }
      if (row.isEmpty()) {
        middle = m;
      }
      row.add(w);
    }
    if (!row.isEmpty()) {
      lines.add(line(row, page));
    }
    return lines;
  }

  private static TextLine line(List<Word> row, int page) {
    row.sort(Comparator.comparingDouble(Word::x));
    return new TextLine(page, row);
  }
}
