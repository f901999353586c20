package dev.ferry.connector.desktop.internal;

import dev.ferry.connector.desktop.ComBridge.Call;
import dev.ferry.connector.desktop.ComObject;
import dev.ferry.connector.desktop.VarType;
import dev.ferry.connector.desktop.Variant;
import dev.ferry.connector.desktop.WindowNotFoundException;
import dev.ferry.engine.spi.ActionContext;
import dev.ferry.engine.spi.NoOutput;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

/**
 * What the SAP actions do in SAP GUI Scripting's object model: the running object table entry
 * SAPGUI, its scripting engine, connections, sessions, and controls found by id.
 */
final class SapSteps {
  private SapSteps() {}

  static SapActions.Attached attach(
      SapActions.Attach in, DesktopSession session, ActionContext context) {
    ComSession com = session.com();
    Deque<ComObject> temporary = new ArrayDeque<>();
    try {
      ComObject wrapper = com.create("SapROTWr.SapROTWrapper");
      temporary.push(wrapper);
      Variant entry =
          com.invoke(
              wrapper, "GetROTEntry", Call.METHOD, List.of(ComArg.of(Variant.bstr("SAPGUI"))));
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
      ComObject connection =
          element(com, engine.object(), in.connection(), "connection", temporary);
      ComObject sapSession = element(com, connection, in.session(), "session", temporary);
      temporary.remove(sapSession);
      com.register(in.as(), sapSession);
      ComObject info = com.getObject(sapSession, "Info", List.of());
      temporary.push(info);
      return new SapActions.Attached(
          in.as(),
          com.getText(info, "SystemName"),
          com.getText(info, "Client"),
          com.getText(info, "User"),
          com.getText(info, "Transaction"));
    } finally {
      temporary.forEach(com::release);
    }
  }

  private static ComObject element(
      ComSession com, ComObject parent, int index, String what, Deque<ComObject> temporary) {
    ComObject children = com.getObject(parent, "Children", List.of());
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
    ComObject element = ComSession.asObject(child, children, "ElementAt");
    temporary.push(element);
    return element;
  }

  static SapActions.Found find(SapActions.Find in, DesktopSession session, ActionContext context) {
    ComSession com = session.com();
    ComObject control = findById(com, in.session(), in.id());
    String type = com.getText(control, "Type");
    String name = com.getText(control, "Name");
    if (in.as() != null) {
      com.register(in.as(), control);
    } else {
      com.release(control);
    }
    return new SapActions.Found(in.as(), type, name);
  }

  static NoOutput setText(SapActions.SetText in, DesktopSession session, ActionContext context) {
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

  static NoOutput press(SapActions.Control in, DesktopSession session, ActionContext context) {
    withControl(
        session,
        in.session(),
        in.id(),
        control -> session.com().invoke(control, "Press", Call.METHOD, List.of()));
    return NoOutput.INSTANCE;
  }

  static SapActions.Status sendVKey(
      SapActions.SendVKey in, DesktopSession session, ActionContext context) {
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
        bar -> new SapActions.Status(com.getText(bar, "Text"), com.getText(bar, "MessageType")));
  }

  static <T> T withControl(
      DesktopSession session, String sapSession, String id, Function<ComObject, T> work) {
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
    return ComSession.asObject(found, root, "FindById(\"" + id + "\")");
  }
}
