package dev.ferry.engine.audit.report.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The report's three fonts. DejaVu is embedded when the system has it, because it covers Latin,
 * Greek, Cyrillic and many symbols; otherwise the standard PDF fonts are used, which only cover
 * WinAnsi. Either way, a character the font cannot draw becomes {@code ?} instead of failing.
 */
public final class ReportFonts {
  private static final List<Path> FONT_DIRECTORIES =
      List.of(
          Path.of("/usr/share/fonts/truetype/dejavu"),
          Path.of("/usr/share/fonts/dejavu"),
          Path.of("/usr/share/fonts/TTF"),
          Path.of("/usr/local/share/fonts"));

  private final PDFont regular;
  private final PDFont bold;
  private final PDFont mono;
  private final boolean embedded;
  private final Map<PDFont, Map<Integer, Boolean>> drawable = new HashMap<>();

  private ReportFonts(PDFont regular, PDFont bold, PDFont mono, boolean embedded) {
    this.regular = regular;
    this.bold = bold;
    this.mono = mono;
    this.embedded = embedded;
  }

  /** Loads DejaVu Sans, Sans Bold and Sans Mono into the document, or falls back. */
  public static ReportFonts load(PDDocument document) {
    for (Path directory : FONT_DIRECTORIES) {
      Path sans = directory.resolve("DejaVuSans.ttf");
      Path sansBold = directory.resolve("DejaVuSans-Bold.ttf");
      Path sansMono = directory.resolve("DejaVuSansMono.ttf");
      if (Files.isReadable(sans) && Files.isReadable(sansBold) && Files.isReadable(sansMono)) {
        try {
          return new ReportFonts(
              PDType0Font.load(document, sans.toFile()),
              PDType0Font.load(document, sansBold.toFile()),
              PDType0Font.load(document, sansMono.toFile()),
              true);
        } catch (IOException unreadableFont) {
          // A damaged font file must not stop the report: the standard fonts still work.
        }
      }
    }
    return standard();
  }

  /** The standard PDF fonts (Helvetica and Courier), which cover WinAnsi only. */
  public static ReportFonts standard() {
    return new ReportFonts(
        new PDType1Font(Standard14Fonts.FontName.HELVETICA),
        new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD),
        new PDType1Font(Standard14Fonts.FontName.COURIER),
        false);
  }

  public PDFont regular() {
    return regular;
  }

  public PDFont bold() {
    return bold;
  }

  public PDFont mono() {
    return mono;
  }

  /** Whether DejaVu was found and embedded. */
  public boolean embedded() {
    return embedded;
  }

  /**
   * The text with tabs expanded, control characters dropped, and every character the font has no
   * glyph for replaced by {@code ?}, so that it can be shown and measured safely.
   */
  public String drawable(PDFont font, String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              if (cp == '\t') {
                out.append("    ");
              } else if (Character.isISOControl(cp) || cp == 0xFEFF) {
                // Line breaks are handled by the caller; other controls have no glyph.
              } else if (canDraw(font, cp)) {
                out.appendCodePoint(cp);
              } else {
                out.append('?');
              }
            });
    return out.toString();
  }

  /** The width of drawable text in points. */
  public float width(PDFont font, float size, String drawableText) {
    try {
      return font.getStringWidth(drawableText) / 1000f * size;
    } catch (IOException | IllegalArgumentException e) {
      return drawableText.length() * size * 0.6f;
    }
  }

  private boolean canDraw(PDFont font, int codePoint) {
    return drawable
        .computeIfAbsent(font, f -> new HashMap<>())
        .computeIfAbsent(codePoint, cp -> encodes(font, cp));
  }

  private static boolean encodes(PDFont font, int codePoint) {
    try {
      String character = new String(Character.toChars(codePoint));
      return font.encode(character).length > 0;
    } catch (IOException | IllegalArgumentException noGlyph) {
      return false;
    }
  }
}
