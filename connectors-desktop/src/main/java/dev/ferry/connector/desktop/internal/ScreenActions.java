package dev.ferry.connector.desktop.internal;

import dev.ferry.connector.desktop.internal.ScreenInput.Button;
import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.ActionContext;
import dev.ferry.engine.spi.Evidence;
import dev.ferry.engine.spi.NoOutput;
import dev.ferry.engine.spi.Param;
import dev.ferry.engine.spi.SecretRef;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Keyboard, mouse and screenshots on any desktop, for programs that have no automation interface.
 * Input goes to whatever window has the focus, so a step usually clicks into a field first.
 */
public final class ScreenActions {
  private ScreenActions() {}

  public record Type(
      @Param(
              value = "The text to type: ASCII letters, digits, punctuation, space, tab, newline",
              optional = true)
          String text,
      @Param(value = "A secret to type instead of text, such as a password", optional = true)
          SecretRef secret) {
    public Type {
      if ((text == null) == (secret == null)) {
        throw new IllegalArgumentException("give either text or secret, not both or neither");
      }
    }
  }

  public record Key(
      @Param("A key or chord, such as enter, f3, ctrl+s or ctrl+shift+tab") String keys,
      @Param(value = "How many times to press it", defaultValue = "1") Integer times) {
    public Key {
      KeyMap.chord(keys);
      times = times == null ? 1 : times;
      if (times < 1 || times > 100) {
        throw new IllegalArgumentException("times is from 1 to 100; got " + times);
      }
    }
  }

  public record Click(
      @Param("Pixels from the left edge of the screen") Integer x,
      @Param("Pixels from the top edge of the screen") Integer y,
      @Param(value = "LEFT, RIGHT or MIDDLE", defaultValue = "LEFT") Button button,
      @Param(value = "How many clicks: 2 for a double click", defaultValue = "1") Integer clicks) {
    public Click {
      if (x == null || y == null) {
        throw new IllegalArgumentException("x and y are required");
      }
      button = button == null ? Button.LEFT : button;
      clicks = clicks == null ? 1 : clicks;
      if (clicks < 1 || clicks > 3) {
        throw new IllegalArgumentException("clicks is 1, 2 or 3; got " + clicks);
      }
    }
  }

  public record Screenshot(
      @Param(value = "What the screenshot shows, for the audit report", defaultValue = "screenshot")
          String label) {
    public Screenshot {
      label = label == null || label.isBlank() ? "screenshot" : label;
    }
  }

  /** The size of the captured desktop in pixels. */
  public record Captured(int width, int height) {}

  static List<Action<?, ?>> all() {
    return List.of(
        DesktopAction.screen(
            "desktop.type",
            "Types text into the window that has the keyboard focus.",
            Type.class,
            NoOutput.class,
            false,
            true,
            ScreenActions::type),
        DesktopAction.screen(
            "desktop.key",
            "Presses a key or a chord such as ctrl+s.",
            Key.class,
            NoOutput.class,
            false,
            true,
            ScreenActions::key),
        DesktopAction.screen(
            "desktop.click",
            "Clicks the mouse at screen coordinates.",
            Click.class,
            NoOutput.class,
            false,
            true,
            ScreenActions::click),
        DesktopAction.screen(
            "desktop.screenshot",
            "Takes a screenshot of the whole desktop as evidence.",
            Screenshot.class,
            Captured.class,
            true,
            false,
            ScreenActions::screenshot));
  }

  private static NoOutput type(Type in, DesktopSession session, ActionContext context) {
    String text = in.secret() != null ? context.secrets().resolve(in.secret()).reveal() : in.text();
    session.screen().type(text);
    return NoOutput.INSTANCE;
  }

  private static NoOutput key(Key in, DesktopSession session, ActionContext context) {
    for (int i = 0; i < in.times(); i++) {
      session.screen().chord(in.keys());
    }
    return NoOutput.INSTANCE;
  }

  private static NoOutput click(Click in, DesktopSession session, ActionContext context) {
    session.screen().click(in.x(), in.y(), in.button(), in.clicks());
    return NoOutput.INSTANCE;
  }

  private static Captured screenshot(Screenshot in, DesktopSession session, ActionContext context) {
    BufferedImage image = session.screen().captureImage();
    context.evidence().record(Evidence.screenshot(in.label(), "image/png", ScreenInput.png(image)));
    return new Captured(image.getWidth(), image.getHeight());
  }
}
