package dev.ferry.connector.desktop.internal;

import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.NoOutput;
import dev.ferry.engine.spi.Param;
import dev.ferry.engine.spi.SecretRef;
import java.util.List;

/** SAP GUI Scripting: attach to a signed-on SAP GUI session and work its screens by control id. */
public final class SapActions {
  private static final String SESSION = "The SAP session's handle, from desktop.sap.attach";
  private static final String ID =
      "The control's id as SAP's script recorder shows it, such as wnd[0]/usr/ctxtVBAK-AUART";

  private SapActions() {}

  public record Attach(
      @Param(value = "Which open connection, counting from 0", defaultValue = "0")
          Integer connection,
      @Param(value = "Which session of that connection, counting from 0", defaultValue = "0")
          Integer session,
      @Param(value = "The handle later steps use for the session", defaultValue = "sap")
          String as) {
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
            SapSteps::attach),
        DesktopAction.com(
            "desktop.sap.find-by-id",
            "Finds a control on the SAP screen by its id.",
            Find.class,
            Found.class,
            true,
            SapSteps::find),
        DesktopAction.com(
            "desktop.sap.set-text",
            "Enters text into an SAP field.",
            SetText.class,
            NoOutput.class,
            false,
            SapSteps::setText),
        DesktopAction.com(
            "desktop.sap.press",
            "Presses an SAP button.",
            Control.class,
            NoOutput.class,
            false,
            SapSteps::press),
        DesktopAction.com(
            "desktop.sap.read-text",
            "Reads the text of an SAP control.",
            Control.class,
            Text.class,
            true,
            (in, s, c) ->
                new Text(
                    SapSteps.withControl(
                        s, in.session(), in.id(), ctl -> s.com().getText(ctl, "Text")))),
        DesktopAction.com(
            "desktop.sap.send-vkey",
            "Sends a virtual key, such as Enter (0) or Save (11), and reads the status bar.",
            SendVKey.class,
            Status.class,
            false,
            SapSteps::sendVKey));
  }
}
