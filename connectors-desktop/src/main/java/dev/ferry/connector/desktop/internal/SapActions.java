package dev.ferry.connector.desktop.internal;

import static dev.ferry.connector.desktop.internal.ExcelActions.asObject;
import static dev.ferry.connector.desktop.internal.ExcelActions.object;
import static dev.ferry.connector.desktop.internal.ExcelActions.text;

import dev.ferry.connector.desktop.ComBridge.Call;
import dev.ferry.connector.desktop.ComObject;
import dev.ferry.connector.desktop.VarType;
import dev.ferry.connector.desktop.Variant;
import dev.ferry.connector.desktop.WindowNotFoundException;
import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.ActionContext;
import dev.ferry.engine.spi.NoOutput;
import dev.ferry.engine.spi.Param;
import dev.ferry.engine.spi.SecretRef;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** SAP GUI Scripting: attach to a signed-on SAP GUI session and work its screens by control id. */
public final class SapActions {
  private static final String SESSION = "The SAP session's handle, from desktop.sap.attach";
  private static final String ID = "The control's id as SAP's script recorder shows it, such as wnd[0]/usr/ctxtVBAK-AUART";

  private SapActions() {}

  public record Attach(
      @Param(value = "Which open connection, counting from 0", defaultValue = "0") Integer connection,
      @Param(value = "Which session of that connection, counting from 0", defaultValue = "0")
          Integer session,
      @Param(value = "The handle later steps use for the session", defaultValue = "sap") String as) {
    public Attach {
      connection = connection == null ? 0 : connection;
      session = session == null ? 0 : session;
      if (connection < 0 || session < 0) {
        throw new IllegalArgumentException("connection and session count from 0");
      }
      as = Handles.orDefault("as", as, "sap");
    }
  }

  /** The attached session and what SAP says about it. */
  public record Attached(
      String session, String systemName, String client, String user, String transaction) {}

  public record Control(
      @Param(value = SESSION, defaultValue = "sap") String session, @Param(ID) String id) {
    public Control {
      session = Handles.orDefault("session", session, "sap");
      Handles.require("id", id);
    }
  }

  public record Find(
      @Param(value = SESSION, defaultValue = "sap") String session,
      @Param(ID) String id,
      @Param(value = "A handle to keep the control under, for desktop.com steps", optional = true)
          String as) {
    public Find {
      session = Handles.orDefault("session", session, "sap");
      Handles.require("id", id);
      if (as != null) {
        Handles.check("as", as);
      }
    }
  }

  /** A control: its handle when kept, its SAP type (such as GuiTextField) and name. */
  public record Found(String handle, String type, String name) {}

  public record SetText(
      @Param(value = SESSION, defaultValue = "sap") String session,
      @Param(ID) String id,
      @Param(value = "The text to enter", optional = true) String text,
      @Param(value = "A secret to enter instead of text, such as a password", optional = true)
          SecretRef secret) {
    public SetText {
      session = Handles.orDefault("session", session, "sap");
      Handles.require("id", id);
      if ((text == null) == (secret == null)) {
        throw new IllegalArgumentException("give either text or secret, not both or neither");
      }
    }
  }

  public record Text(String text) {}

  public record SendVKey(
      @Param(value = SESSION, defaultValue = "sap") String session,
      @Param(value = "The virtual key: 0 Enter, 3 Back, 8 F8, 11 Save, 15 Exit", defaultValue = "0")
          Integer key,
      @Param(value = "The window that receives it", defaultValue = "wnd[0]") String window) {
    public SendVKey {
      session = Handles.orDefault("session", session, "sap");
      key = key == null ? 0 : key;
      if (key < 0 || key > 99) {
        throw new IllegalArgumentException("key is an SAP virtual key number from 0 to 99");
      }
      window = window == null ? "wnd[0]" : window;
    }
  }

  /** The status bar after the key: its text and type (S success, W warning, E error, A abort). */
  public record Status(String statusText, String statusType) {}

  static List<Action<?, ?>> all() {
    return List.of(
        DesktopAction.com(
            "desktop.sap.attach",
            "Attaches to a session of a running, signed-on SAP GUI.",
            Attach.class,
            Attached.class,
            true,
            SapActions::attach),
        DesktopAction.com(
            "desktop.sap.find-by-id",
            "Finds a control on the SAP screen by its id.",
            Find.class,
            Found.class,
            true,
            SapActions::find),
        DesktopAction.com(
            "desktop.sap.set-text",
            "Enters text into an SAP field.",
            SetText.class,
            NoOutput.class,
            false,
            SapActions::setText),
        DesktopAction.com(
            "desktop.sap.press",
            "Presses an SAP button.",
            Control.class,
            NoOutput.class,
            false,
            SapActions::press),
        DesktopAction.com(
            "desktop.sap.read-text",
            "Reads the text of an SAP control.",
            Control.class,
            Text.class,
            true,
            (in, s, c) -> new Text(withControl(s, in.session(), in.id(), ctl -> text(s.com(), ctl, "Text")))),
        DesktopAction.com(
            "desktop.sap.send-vkey",
            "Sends a virtual key, such as Enter (0) or Save (11), and reads the status bar.",
            SendVKey.class,
            Status.class,
            false,
            SapActions::sendVKey));
  }

  private static Attached attach(Attach in, DesktopSession session, ActionContext context) {
    ComSession com = session.com();
    Deque<ComObject> temporary = new ArrayDeque<>();
    try {
      ComObject wrapper = com.create("SapROTWr.SapROTWrapper");
      temporary.push(wrapper);
      Variant entry =
          com.invoke(wrapper, "GetROTEntry", Call.METHOD, List.of(ComArg.of(Variant.bstr("SAPGUI"))));
      if (entry.type() != VarType.DISPATCH) {
        throw new WindowNotFoundException(
            "SAP GUI is not running: there is no SAPGUI entry in the running object table. Start"
                + " SAP Logon and sign on before this step.");
      }
      temporary.push(entry.object());
      Variant engine = com.invoke(entry.object(), "GetScriptingEngine", Call.METHOD, List.of());
      if (engine.type() != VarType.DISPATCH) {
        throw new WindowNotFoundException(
            "SAP GUI scripting is disabled. Enable it in SAP GUI Options > Accessibility &"
                + " Scripting > Scripting, and ask the SAP team to allow it on the server"
                + " (profile parameter sapgui/user_scripting = TRUE).");
      }
      temporary.push(engine.object());
      ComObject connection = element(com, engine.object(), in.connection(), "connection", temporary);
      ComObject sapSession = element(com, connection, in.session(), "session", temporary);
      temporary.remove(sapSession);
      com.register(in.as(), sapSession);
      ComObject info = object(com, sapSession, "Info", List.of());
      temporary.push(info);
      return new Attached(
          in.as(),
          text(com, info, "SystemName"),
          text(com, info, "Client"),
          text(com, info, "User"),
          text(com, info, "Transaction"));
    } finally {
      temporary.forEach(com::release);
    }
  }

  private static ComObject element(
      ComSession com, ComObject parent, int index, String what, Deque<ComObject> temporary) {
    ComObject children = object(com, parent, "Children", List.of());
    temporary.push(children);
    Object count = VariantMapping.toJava(com.invoke(children, "Count", Call.GET, List.of()));
    if (!(count instanceof Number n) || index >= n.intValue()) {
      throw new WindowNotFoundException(
          "SAP GUI has "
              + count
              + " "
              + what
              + "(s) open here, so "
              + what
              + " "
              + index
              + " (counting from 0) does not exist. Open it in SAP Logon first.");
    }
    Variant child =
        com.invoke(children, "ElementAt", Call.METHOD, List.of(ComArg.of(Variant.i4(index))));
    ComObject element = asObject(child, children, "ElementAt");
    temporary.push(element);
    return element;
  }

  private static Found find(Find in, DesktopSession session, ActionContext context) {
    ComSession com = session.com();
    ComObject control = findById(com, in.session(), in.id());
    String type = text(com, control, "Type");
    String name = text(com, control, "Name");
    if (in.as() != null) {
      com.register(in.as(), control);
    } else {
      com.release(control);
    }
    return new Found(in.as(), type, name);
  }

  private static NoOutput setText(SetText in, DesktopSession session, ActionContext context) {
    ComArg value =
        in.secret() != null
            ? ComArg.secret(context.secrets().resolve(in.secret()).reveal())
            : ComArg.of(Variant.bstr(in.text()));
    withControl(
        session,
        in.session(),
        in.id(),
        control -> session.com().invoke(control, "Text", Call.PUT, List.of(value)));
    return NoOutput.INSTANCE;
  }

  private static NoOutput press(Control in, DesktopSession session, ActionContext context) {
    withControl(
        session,
        in.session(),
        in.id(),
        control -> session.com().invoke(control, "Press", Call.METHOD, List.of()));
    return NoOutput.INSTANCE;
  }

  private static Status sendVKey(SendVKey in, DesktopSession session, ActionContext context) {
    ComSession com = session.com();
    withControl(
        session,
        in.session(),
        in.window(),
        window ->
            com.invoke(window, "SendVKey", Call.METHOD, List.of(ComArg.of(Variant.i4(in.key())))));
    return withControl(
        session,
        in.session(),
        "wnd[0]/sbar",
        bar -> new Status(text(com, bar, "Text"), text(com, bar, "MessageType")));
  }

  private static <T> T withControl(
      DesktopSession session, String sapSession, String id, java.util.function.Function<ComObject, T> work) {
    ComObject control = findById(session.com(), sapSession, id);
    try {
      return work.apply(control);
    } finally {
      session.com().release(control);
    }
  }

  private static ComObject findById(ComSession com, String sapSession, String id) {
    ComObject root = com.lookup(sapSession);
    Variant found = com.invoke(root, "FindById", Call.METHOD, List.of(ComArg.of(Variant.bstr(id))));
    return asObject(found, root, "FindById(\"" + id + "\")");
  }
}
