package dev.ferry.connector.desktop.internal;

import dev.ferry.connector.desktop.ComBridge.Call;
import dev.ferry.connector.desktop.ComObject;
import dev.ferry.connector.desktop.DesktopException;
import dev.ferry.connector.desktop.ProgIdNotFoundException;
import dev.ferry.connector.desktop.Variant;
import dev.ferry.connector.desktop.WindowNotFoundException;
import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.ActionContext;
import dev.ferry.engine.spi.NoOutput;
import dev.ferry.engine.spi.Param;
import dev.ferry.engine.spi.SecretRef;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Window and control handling through AutoItX's COM object, when AutoIt is installed. */
public final class WindowActions {
  static final String AUTOIT = "autoitx";
  private static final String TITLE = "The window's title, or its start";
  private static final String TEXT = "Text the window must show, to tell same-titled windows apart";
  private static final String CONTROL =
      "The control, as AutoIt Window Info shows it, such as Edit1 or [CLASS:Button; TEXT:OK]";

  private WindowActions() {}

  public record Window(
      @Param(TITLE) String title, @Param(value = TEXT, defaultValue = "") String text) {
    public Window {
      Handles.require("title", title);
      text = text == null ? "" : text;
    }
  }

  public record Wait(
      @Param(TITLE) String title,
      @Param(value = TEXT, defaultValue = "") String text,
      @Param(value = "How long to wait for the window", defaultValue = "10s") Duration timeout) {
    public Wait {
      Handles.require("title", title);
      text = text == null ? "" : text;
      timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive, such as 10s");
      }
    }
  }

  public record ControlText(
      @Param(TITLE) String title,
      @Param(value = TEXT, defaultValue = "") String text,
      @Param(CONTROL) String control,
      @Param(value = "The text to put in the control", optional = true) String value,
      @Param(value = "A secret to put in instead, such as a password", optional = true)
          SecretRef secret) {
    public ControlText {
      Handles.require("title", title);
      Handles.require("control", control);
      text = text == null ? "" : text;
      if ((value == null) == (secret == null)) {
        throw new IllegalArgumentException("give either value or secret, not both or neither");
      }
    }
  }

  public record ControlClick(
      @Param(TITLE) String title,
      @Param(value = TEXT, defaultValue = "") String text,
      @Param(CONTROL) String control,
      @Param(value = "left, right or middle", defaultValue = "left") String button,
      @Param(value = "How many clicks", defaultValue = "1") Integer clicks) {
    public ControlClick {
      Handles.require("title", title);
      Handles.require("control", control);
      text = text == null ? "" : text;
      button = button == null ? "left" : button;
      if (!List.of("left", "right", "middle").contains(button)) {
        throw new IllegalArgumentException("button is left, right or middle; got " + button);
      }
      clicks = clicks == null ? 1 : clicks;
      if (clicks < 1 || clicks > 3) {
        throw new IllegalArgumentException("clicks is 1, 2 or 3; got " + clicks);
      }
    }
  }

  static List<Action<?, ?>> all() {
    return List.of(
        DesktopAction.com(
            "desktop.window.activate",
            "Brings a window to the front and gives it the keyboard.",
            Window.class,
            NoOutput.class,
            true,
            WindowActions::activate),
        DesktopAction.com(
            "desktop.window.wait",
            "Waits until a window exists.",
            Wait.class,
            NoOutput.class,
            true,
            WindowActions::await),
        DesktopAction.com(
            "desktop.window.control-set-text",
            "Sets the text of a control in a window.",
            ControlText.class,
            NoOutput.class,
            false,
            WindowActions::setText),
        DesktopAction.com(
            "desktop.window.control-click",
            "Clicks a control in a window.",
            ControlClick.class,
            NoOutput.class,
            false,
            WindowActions::click));
  }

  private static NoOutput activate(Window in, DesktopSession session, ActionContext context) {
    ComObject autoit = autoit(session.com());
    call(session.com(), autoit, "WinActivate", Duration.ZERO, str(in.title()), str(in.text()));
    Object active =
        call(
            session.com(),
            autoit,
            "WinWaitActive",
            Duration.ofSeconds(5),
            str(in.title()),
            str(in.text()),
            ComArg.of(Variant.i4(5)));
    if (!succeeded(active)) {
      throw new WindowNotFoundException(
          "no window titled '" + in.title() + "' could be activated within 5 s" + hint(in.text()));
    }
    return NoOutput.INSTANCE;
  }

  private static NoOutput await(Wait in, DesktopSession session, ActionContext context) {
    Duration left = Duration.between(context.clock().instant(), context.deadline());
    Duration wait = in.timeout().compareTo(left) < 0 ? in.timeout() : left;
    int seconds = (int) Math.max(1, (wait.toMillis() + 999) / 1000);
    Object found =
        call(
            session.com(),
            autoit(session.com()),
            "WinWait",
            Duration.ofSeconds(seconds),
            str(in.title()),
            str(in.text()),
            ComArg.of(Variant.i4(seconds)));
    if (!succeeded(found)) {
      throw new WindowNotFoundException(
          "the window titled '"
              + in.title()
              + "' did not appear within "
              + seconds
              + " s"
              + hint(in.text())
              + ". Check that the program was started and the title is right (AutoIt matches"
              + " the start of the title).");
    }
    return NoOutput.INSTANCE;
  }

  private static NoOutput setText(ControlText in, DesktopSession session, ActionContext context) {
    ComArg value =
        in.secret() != null
            ? ComArg.secret(context.secrets().resolve(in.secret()).reveal())
            : str(in.value());
    Object done =
        call(
            session.com(),
            autoit(session.com()),
            "ControlSetText",
            Duration.ZERO,
            str(in.title()),
            str(in.text()),
            str(in.control()),
            value);
    requireControl(done, in.title(), in.control());
    return NoOutput.INSTANCE;
  }

  private static NoOutput click(ControlClick in, DesktopSession session, ActionContext context) {
    Object done =
        call(
            session.com(),
            autoit(session.com()),
            "ControlClick",
            Duration.ZERO,
            str(in.title()),
            str(in.text()),
            str(in.control()),
            str(in.button()),
            ComArg.of(Variant.i4(in.clicks())));
    requireControl(done, in.title(), in.control());
    return NoOutput.INSTANCE;
  }

  private static void requireControl(Object result, String title, String control) {
    if (!succeeded(result)) {
      throw new WindowNotFoundException(
          "there is no control '"
              + control
              + "' in a window titled '"
              + title
              + "'. Check both with AutoIt Window Info (Au3Info.exe) while the window is open.");
    }
  }

  private static ComObject autoit(ComSession com) {
    ComObject autoit = com.find(AUTOIT);
    if (autoit == null) {
      try {
        autoit = com.create("AutoItX3.Control");
      } catch (ProgIdNotFoundException e) {
        throw new DesktopException(
            "AutoItX is not installed, and the desktop.window actions use it. Install AutoIt"
                + " (https://www.autoitscript.com), which registers AutoItX3.Control, or register"
                + " AutoItX3_x64.dll with 'regsvr32 AutoItX3_x64.dll' as an administrator.",
            e);
      }
      com.register(AUTOIT, autoit);
    }
    return autoit;
  }

  private static Object call(
      ComSession com, ComObject autoit, String function, Duration blocks, ComArg... args) {
    return VariantMapping.toJava(
        com.invoke(autoit, function, Call.METHOD, new ArrayList<>(List.of(args)), blocks));
  }

  private static boolean succeeded(Object result) {
    return result instanceof Number n && n.intValue() == 1;
  }

  private static ComArg str(String value) {
    return ComArg.of(Variant.bstr(value));
  }

  private static String hint(String text) {
    return text.isEmpty() ? "" : " showing the text '" + text + "'";
  }
}
