package dev.ferry.engine.audit.report.internal;

import dev.ferry.engine.spi.Evidence;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Draws one piece of evidence as a person would have seen it. */
final class EvidenceBlock {
  /** Screenshots larger than this are not decoded: a 40-megapixel image is not a screen. */
  private static final long MAX_PIXELS = 40_000_000L;

  private static final int HTML_LINES = 40;
  private static final int TEXT_LINES = 400;
  private static final float SIZE = 9;

  private final PDDocument document;
  private final PageFlow flow;
  private final UnaryOperator<String> redact;
  // The same screen is often captured many times; the PDF then holds its image once.
  private final Map<String, PDImageXObject> images = new HashMap<>();

  EvidenceBlock(PDDocument document, PageFlow flow, UnaryOperator<String> redact) {
    this.document = document;
    this.flow = flow;
    this.redact = redact;
  }

  void write(Evidence evidence) throws IOException {
    String caption =
        title(evidence.kind())
            + " - "
            + redact.apply(evidence.label())
            + " ("
            + evidence.mediaType()
            + ", "
            + Display.bytes(evidence.content().length)
            + ")";
    switch (evidence.kind()) {
      case SCREENSHOT -> screenshot(evidence, caption);
      case SCREEN_TEXT -> screenText(evidence, caption);
      case URL -> {
        flow.ensure(SIZE * 3);
        flow.paragraph(caption, flow.fonts().bold(), SIZE);
        flow.paragraph(redact.apply(evidence.contentAsText()), flow.fonts().regular(), SIZE);
      }
      case NOTE -> {
        flow.ensure(SIZE * 3);
        flow.paragraph(caption, flow.fonts().bold(), SIZE);
        flow.paragraph(
            Display.clip(redact.apply(evidence.contentAsText())), flow.fonts().regular(), SIZE);
      }
      case HTML -> textBlock(caption, evidence, HTML_LINES, "lines of HTML");
      case FIELDS, CALLS -> textBlock(caption, evidence, TEXT_LINES, "lines");
    }
    flow.gap(6);
  }

  private void screenshot(Evidence evidence, String caption) throws IOException {
    PDImageXObject image;
    try {
      image = decode(evidence.content());
    } catch (IOException | IllegalArgumentException | IllegalStateException unreadable) {
      flow.paragraph(caption, flow.fonts().bold(), SIZE);
      flow.paragraph(
          "This screenshot cannot be shown: "
              + unreadable.getMessage()
              + ". The original bytes are kept in the ledger.",
          flow.fonts().regular(),
          SIZE);
      return;
    }
    flow.image(image, caption, SIZE);
  }

  private PDImageXObject decode(byte[] bytes) throws IOException {
    int[] size = dimensions(bytes);
    if (size == null) {
      throw new IllegalArgumentException("it is not an image format this JVM can read");
    }
    if ((long) size[0] * size[1] > MAX_PIXELS) {
      throw new IllegalArgumentException("it is " + size[0] + "x" + size[1] + " pixels, too large");
    }
    String key = sha256(bytes);
    PDImageXObject known = images.get(key);
    if (known == null) {
      known = PDImageXObject.createFromByteArray(document, bytes, "screenshot");
      images.put(key, known);
    }
    return known;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** Width and height from the image header, without decoding it; null when unreadable. */
  private static int[] dimensions(byte[] bytes) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers =
          in == null ? Collections.<ImageReader>emptyIterator() : ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return null;
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in);
        return new int[] {reader.getWidth(0), reader.getHeight(0)};
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException unreadable) {
      return null;
    }
  }

  /**
   * How much room the start of this evidence needs, so that a heading above it is not left alone at
   * the foot of a page.
   */
  float startHeight(Evidence evidence) {
    return switch (evidence.kind()) {
      case SCREENSHOT -> {
        int[] size = dimensions(evidence.content());
        yield size == null || size[0] == 0
            ? SIZE * 4
            : Math.min(flow.width() * size[1] / size[0], 600) + SIZE * 2;
      }
      case SCREEN_TEXT -> screenHeight(evidence.contentAsText());
      default -> SIZE * 6;
    };
  }

  private static float screenHeight(String text) {
    return SIZE * 2 + Math.min(text.lines().count(), 60) * SIZE * 1.25f + 10;
  }

  private void screenText(Evidence evidence, String caption) throws IOException {
    String text = redact.apply(evidence.contentAsText());
    int columns = text.lines().mapToInt(String::length).max().orElse(80);
    // Terminal screens are 80 or 132 columns; size the font for the screen, not for one line.
    int screen = columns <= 80 ? 80 : Math.min(columns, 132);
    // Keep a whole screen on one page when it can be.
    flow.ensure(screenHeight(text));
    flow.paragraph(caption, flow.fonts().bold(), SIZE);
    flow.monoBox(Display.clip(text), SIZE, screen);
  }

  private void textBlock(String caption, Evidence evidence, int maxLines, String what)
      throws IOException {
    String[] lines = redact.apply(evidence.contentAsText()).lines().toArray(String[]::new);
    String shown = String.join("\n", Arrays.copyOf(lines, Math.min(lines.length, maxLines)));
    if (lines.length > maxLines) {
      shown += "\n... the first " + maxLines + " of " + lines.length + " " + what + " are shown.";
    }
    flow.ensure(SIZE * 6);
    flow.paragraph(caption, flow.fonts().bold(), SIZE);
    flow.monoBox(Display.clip(shown), 7.5f, 100);
  }

  private static String title(Evidence.Kind kind) {
    return switch (kind) {
      case URL, HTML -> kind.name();
      default -> {
        String words = kind.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        yield Character.toUpperCase(words.charAt(0)) + words.substring(1);
      }
    };
  }
}
