package dev.ferry.connector.terminal.internal;

import dev.ferry.connector.terminal.Screen;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Renders a screen as a green-screen PNG for the audit report. Headless; a few milliseconds. */
public final class ScreenImage {
  private static final Color BACKGROUND = Color.BLACK;
  private static final Color TEXT = new Color(0x33, 0xFF, 0x66);
  private static final Color FIELD = new Color(0x33, 0x99, 0xFF);

  private ScreenImage() {}

  public static byte[] png(Screen screen) {
    Font font = new Font(Font.MONOSPACED, Font.PLAIN, 14);
    BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
    Graphics2D p = probe.createGraphics();
    FontMetrics m = p.getFontMetrics(font);
    int cw = Math.max(1, m.charWidth('M'));
    int ch = m.getHeight();
    p.dispose();
    BufferedImage image =
        new BufferedImage(
            cw * screen.cols() + 16, ch * screen.rows() + 16, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(BACKGROUND);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.setFont(font);
      g.setColor(FIELD);
      for (var f : screen.inputFields()) {
        int y = 8 + f.row() * ch - 2;
        g.drawLine(8 + (f.col() - 1) * cw, y, 8 + (f.col() - 1 + f.length()) * cw, y);
      }
      g.setColor(TEXT);
      for (int r = 0; r < screen.rows(); r++) {
        g.drawString(screen.lines().get(r), 8, 8 + r * ch + m.getAscent());
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      g.dispose();
    }
  }
}
