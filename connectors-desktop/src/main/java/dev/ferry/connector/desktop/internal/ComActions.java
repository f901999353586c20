package dev.ferry.connector.desktop.internal;

import dev.ferry.connector.desktop.ComBridge.Call;
import dev.ferry.connector.desktop.ComObject;
import dev.ferry.connector.desktop.VarType;
import dev.ferry.connector.desktop.Variant;
import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.ActionContext;
import dev.ferry.engine.spi.NoOutput;
import dev.ferry.engine.spi.Param;
import java.util.ArrayList;
import java.util.List;

/** Generic COM automation: create an object by ProgID, then call, read and set its members. */
public final class ComActions {
  private ComActions() {}

  public record Create(
      @Param("The ProgID of the COM class, such as Excel.Application") String progId,
      @Param(
              value = "The handle later steps use for the object; the ProgID when left out",
              optional = true)
          String as) {
    public Create {
      Handles.require("prog-id", progId);
      if (!progId.matches("[A-Za-z0-9_.]+")) {
        throw new IllegalArgumentException(
            "prog-id is a name such as Excel.Application (letters, digits, '_' and '.'); got '"
                + progId
                + "'");
      }
      as = Handles.orDefault("as", as, progId);
    }
  }

  /** An object the session now holds. */
  public record Handle(String handle, String description) {}

  public record Invoke(
      @Param("The handle of an object made in an earlier step") String object,
      @Param("The method, or a dotted path ending in one, such as Workbooks.Open") String member,
      @Param(value = "The arguments in order; {object: <handle>} passes an object", optional = true)
          List<Object> args,
      @Param(value = "The handle to keep a returned object under", optional = true) String as) {
    public Invoke {
      Handles.check("object", object);
      checkMember(member);
      args = args == null ? List.of() : new ArrayList<>(args);
      if (as != null) {
        Handles.check("as", as);
      }
    }
  }

  /**
   * What a call or read returned.
   *
   * @param value the value; null for nothing, or when an object was returned
   * @param type the VARIANT type that came back, such as BSTR or DISPATCH
   * @param handle the handle the returned object is now kept under; null when no object came back
   */
  public record Result(Object value, String type, String handle) {}

  public record SetProperty(
      @Param("The handle of an object made in an earlier step") String object,
      @Param("The property, or a dotted path ending in one, such as ActiveSheet.Name")
          String member,
      @Param("The new value") Object value,
      @Param(value = "Index arguments of a parameterised property", optional = true)
          List<Object> index) {
    public SetProperty {
      Handles.check("object", object);
      checkMember(member);
      index = index == null ? List.of() : new ArrayList<>(index);
    }
  }

  static List<Action<?, ?>> all() {
    return List.of(
        DesktopAction.com(
            "desktop.com.create",
            "Creates a COM automation object from its ProgID and keeps it under a handle.",
            Create.class,
            Handle.class,
            false,
            ComActions::create),
        DesktopAction.com(
            "desktop.com.call",
            "Calls a method of a COM object.",
            Invoke.class,
            Result.class,
            false,
            (in, s, c) -> invoke(in, s, c, Call.METHOD)),
        DesktopAction.com(
            "desktop.com.get",
            "Reads a property of a COM object.",
            Invoke.class,
            Result.class,
            true,
            (in, s, c) -> invoke(in, s, c, Call.GET)),
        DesktopAction.com(
            "desktop.com.set",
            "Sets a property of a COM object.",
            SetProperty.class,
            NoOutput.class,
            false,
            ComActions::set));
  }

  private static Handle create(Create in, DesktopSession session, ActionContext context) {
    ComObject object = session.com().create(in.progId());
    session.com().register(in.as(), object);
    return new Handle(in.as(), object.describe());
  }

  private static Result invoke(
      Invoke in, DesktopSession session, ActionContext context, Call call) {
    ComSession com = session.com();
    VariantMapping mapping = new VariantMapping(context.secrets(), com::lookup);
    Variant result =
        com.invokePath(com.lookup(in.object()), in.member(), call, mapping.toArgs(in.args()));
    return keep(com, result, in.as() != null ? in.as() : in.object() + "." + in.member());
  }

  /** The value of a result, keeping a returned object under a handle. */
  static Result keep(ComSession com, Variant result, String handle) {
    if (result.type() == VarType.DISPATCH) {
      com.register(handle, result.object());
      return new Result(null, VarType.DISPATCH.name(), handle);
    }
    return new Result(VariantMapping.toJava(result), result.type().name(), null);
  }

  private static NoOutput set(SetProperty in, DesktopSession session, ActionContext context) {
    ComSession com = session.com();
    VariantMapping mapping = new VariantMapping(context.secrets(), com::lookup);
    List<ComArg> args = new ArrayList<>(mapping.toArgs(in.index()));
    args.add(mapping.toArg(in.value()));
    com.invokePath(com.lookup(in.object()), in.member(), Call.PUT, args);
    return NoOutput.INSTANCE;
  }

  private static void checkMember(String member) {
    Handles.require("member", member);
    if (!member.matches("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*")) {
      throw new IllegalArgumentException(
          "member is a method or property name, or a dotted path such as Workbooks.Open; got '"
              + member
              + "'");
    }
  }
}
