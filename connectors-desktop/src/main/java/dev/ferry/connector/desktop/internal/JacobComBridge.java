package dev.ferry.connector.desktop.internal;

import com.jacob.activeX.ActiveXComponent;
import com.jacob.com.ComThread;
import com.jacob.com.Dispatch;
import com.jacob.com.LibraryLoader;
import dev.ferry.connector.desktop.ComBridge;
import dev.ferry.connector.desktop.ComException;
import dev.ferry.connector.desktop.ComObject;
import dev.ferry.connector.desktop.DesktopException;
import dev.ferry.connector.desktop.ProgIdNotFoundException;
import dev.ferry.connector.desktop.Variant;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * COM through JACOB ({@code net.sf.jacob-project:jacob}), what Ferry was first specified with. Its
 * Java classes come from Maven; its DLL must be provided by the operator (see {@link
 * ComBridges#jacobDll}).
 */
final class JacobComBridge implements ComBridge {
  private final Path dll;

  JacobComBridge(Path dll) {
    this.dll = dll;
  }

  @Override
  public void enterApartment() {
    System.setProperty(LibraryLoader.JACOB_DLL_PATH, dll.toString());
    try {
      LibraryLoader.loadJacobLibrary();
    } catch (UnsatisfiedLinkError e) {
      throw new DesktopException(
          "JACOB's DLL "
              + dll
              + " could not be loaded: "
              + e.getMessage()
              + ". Use the x64 DLL with 64-bit Java and the x86 one with 32-bit Java, of the same"
              + " version as the jacob jar (1.14.3).",
          e);
    }
    ComThread.InitSTA();
  }

  @Override
  public ComObject create(String progId) {
    try {
      return new JacobObject(new ActiveXComponent(progId), progId);
    } catch (com.jacob.com.ComException e) {
      int hr = e.getHResult();
      String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
      if (hr == JnaComBridge.CO_E_CLASSSTRING
          || hr == JnaComBridge.REGDB_E_CLASSNOTREG
          || message.contains("clsid from progid")) {
        throw new ProgIdNotFoundException(progId, hr == 0 ? JnaComBridge.CO_E_CLASSSTRING : hr, e);
      }
      throw failure(e);
    }
  }

  @Override
  public Variant invoke(ComObject target, String member, Call call, List<Variant> args) {
    JacobObject object = (JacobObject) target;
    JacobVariants variants = new JacobVariants(object.describe() + "." + member);
    Object[] natives = args.stream().map(variants::toNative).toArray();
    try {
      com.jacob.com.Variant result =
          Dispatch.invoke(object.dispatch, member, flags(call), natives, new int[1]);
      return variants.fromNative(result);
    } catch (com.jacob.com.ComException e) {
      throw failure(e);
    }
  }

  @Override
  public void release(ComObject object) {
    ((JacobObject) object).dispatch.safeRelease();
  }

  @Override
  public void leaveApartment() {
    ComThread.Release();
  }

  private static int flags(Call call) {
    return switch (call) {
      case METHOD -> Dispatch.Method;
      case GET -> Dispatch.Get;
      case PUT -> Dispatch.Put;
    };
  }

  private static ComException failure(com.jacob.com.ComException e) {
    String description = e.getMessage() == null ? null : e.getMessage().strip();
    return new ComException(
        "HRESULT "
            + ComException.hex(e.getHResult())
            + (e.getSource() == null ? "" : " from " + e.getSource())
            + (description == null ? "" : ": " + description),
        e.getHResult(),
        e.getSource(),
        description,
        e);
  }

  /** An automation object held through JACOB. */
  static final class JacobObject implements ComObject {
    final Dispatch dispatch;
    private final String description;

    JacobObject(Dispatch dispatch, String description) {
      this.dispatch = dispatch;
      this.description = description;
    }

    @Override
    public String describe() {
      return description;
    }
  }
}
