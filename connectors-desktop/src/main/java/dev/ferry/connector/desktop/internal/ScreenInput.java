package dev.ferry.connector.desktop.internal;

import dev.ferry.connector.desktop.DesktopException;
import dev.ferry.engine.spi.BusinessException;
import dev.ferry.engine.spi.Evidence;
import java.awt.AWTException;
import java.awt.GraphicsDevice;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;

/** Keyboard, mouse and screen through {@link Robot}, for programs with no automation interface. */
public final class ScreenInput {
  /** The mouse buttons a click can use. */
  public enum Button {
    LEFT(InputEvent.BUTTON1_DOWN_MASK),
    MIDDLE(InputEvent.BUTTON2_DOWN_MASK),
    RIGHT(InputEvent.BUTTON3_DOWN_MASK);

    private final int mask;

    Button(int mask) {
      this.mask = mask;
    }
  }

  private final Robot robot;

  private ScreenInput(Robot robot) {
    this.robot = robot;
  }

  /**
   * @throws DesktopException when there is no display to send input to
   */
  static ScreenInput open(Duration inputDelay) {
    if (GraphicsEnvironment.isHeadless()) {
      throw new DesktopException(
          "there is no display: screen input and screenshots need a graphical desktop session."
              + " Run Ferry in a signed-on desktop session (on Linux set DISPLAY, for example to"
              + " an Xvfb server).");
    }
    try {
      Robot robot = new Robot();
      robot.setAutoDelay((int) inputDelay.toMillis());
      robot.setAutoWaitForIdle(false);
      return new ScreenInput(robot);
    } catch (AWTException | SecurityException e) {
      throw new DesktopException("cannot send input to the display: " + e.getMessage(), e);
    }
  }

  /** Types text key by key; checks every character first so that nothing is typed half. */
  public void type(String text) {
    for (KeyMap.Stroke stroke : KeyMap.strokes(text)) {
      if (stroke.shift()) {
        robot.keyPress(KeyEvent.VK_SHIFT);
      }
      robot.keyPress(stroke.keyCode());
      robot.keyRelease(stroke.keyCode());
      if (stroke.shift()) {
        robot.keyRelease(KeyEvent.VK_SHIFT);
      }
    }
    robot.waitForIdle();
  }

  /** Presses the keys of a chord in order and releases them in reverse. */
  public void chord(String keys) {
    List<Integer> codes = KeyMap.chord(keys);
    for (int code : codes) {
      robot.keyPress(code);
    }
    for (int i = codes.size() - 1; i >= 0; i--) {
      robot.keyRelease(codes.get(i));
    }
    robot.waitForIdle();
  }

  /**
   * Clicks at screen coordinates.
   *
   * @throws BusinessException when the point is on no screen
   */
  public void click(int x, int y, Button button, int clicks) {
    Rectangle bounds = screenBounds();
    if (!bounds.contains(x, y)) {
      throw new BusinessException(
          "OFF_SCREEN",
          "the point ("
              + x
              + ", "
              + y
              + ") is off the screen, which spans x "
              + bounds.x
              + ".."
              + (bounds.x + bounds.width - 1)
              + " and y "
              + bounds.y
              + ".."
              + (bounds.y + bounds.height - 1));
    }
    robot.mouseMove(x, y);
    for (int i = 0; i < clicks; i++) {
      robot.mousePress(button.mask);
      robot.mouseRelease(button.mask);
    }
    robot.waitForIdle();
  }

  /** The whole desktop, all screens. */
  public BufferedImage captureImage() {
    return robot.createScreenCapture(screenBounds());
  }

  /** A PNG screenshot of the whole desktop as evidence; empty when the screen has no pixels. */
  public Optional<Evidence> capture(String label) {
    BufferedImage image = captureImage();
    if (image.getWidth() == 0 || image.getHeight() == 0) {
      return Optional.empty();
    }
    return Optional.of(Evidence.screenshot(label, "image/png", png(image)));
  }

  static byte[] png(BufferedImage image) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static Rectangle screenBounds() {
    Rectangle bounds = null;
    for (GraphicsDevice device :
        GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices()) {
      Rectangle screen = device.getDefaultConfiguration().getBounds();
      bounds = bounds == null ? screen : bounds.union(screen);
    }
    return bounds == null ? new Rectangle() : bounds;
  }
}
