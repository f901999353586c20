package dev.ferry.connector.desktop.internal;

import com.sun.jna.platform.win32.COM.COMException;
import com.sun.jna.platform.win32.COM.COMInvokeException;
import com.sun.jna.platform.win32.COM.COMLateBindingObject;
import com.sun.jna.platform.win32.COM.COMUtils;
import com.sun.jna.platform.win32.COM.IDispatch;
import com.sun.jna.platform.win32.Ole32;
import com.sun.jna.platform.win32.OleAuto;
import com.sun.jna.platform.win32.Variant.VARIANT;
import com.sun.jna.platform.win32.WinNT.HRESULT;
import dev.ferry.connector.desktop.ComBridge;
import dev.ferry.connector.desktop.ComException;
import dev.ferry.connector.desktop.ComObject;
import dev.ferry.connector.desktop.ProgIdNotFoundException;
import dev.ferry.connector.desktop.Variant;
import java.util.ArrayList;
import java.util.List;

/**
 * COM through JNA's late binding ({@code jna-platform}): plain {@code IDispatch} calls into
 * ole32/oleaut32, so nothing has to be installed. The default bridge.
 */
final class JnaComBridge implements ComBridge {
  static final int CO_E_CLASSSTRING = 0x800401F3;
  static final int REGDB_E_CLASSNOTREG = 0x80040154;
  private static final int S_FALSE = 1;

  @Override
  public void enterApartment() {
    HRESULT hr = Ole32.INSTANCE.CoInitializeEx(null, Ole32.COINIT_APARTMENTTHREADED);
    // S_FALSE means this thread was already initialised, which is fine.
    if (COMUtils.FAILED(hr) && hr.intValue() != S_FALSE) {
      throw new ComException(
          "CoInitializeEx(COINIT_APARTMENTTHREADED) failed with HRESULT "
              + ComException.hex(hr.intValue()),
          hr.intValue(),
          null,
          null,
          null);
    }
  }

  @Override
  public ComObject create(String progId) {
    try {
      return new JnaObject(progId);
    } catch (COMException e) {
      int hr = hresult(e);
      if (hr == CO_E_CLASSSTRING || hr == REGDB_E_CLASSNOTREG) {
        throw new ProgIdNotFoundException(progId, hr, e);
      }
      throw failure("creating " + progId, e);
    }
  }

  @Override
  public Variant invoke(ComObject target, String member, Call call, List<Variant> args) {
    JnaObject object = (JnaObject) target;
    JnaVariants variants = new JnaVariants(object.describe() + "." + member);
    List<VARIANT> natives = new ArrayList<>();
    try {
      for (Variant arg : args) {
        natives.add(variants.toNative(arg));
      }
      VARIANT.ByReference result = new VARIANT.ByReference();
      object.call(flags(call), result, member, natives.toArray(new VARIANT[0]));
      return variants.fromNative(result, true);
    } catch (COMException e) {
      throw failure(member, e);
    } finally {
      natives.forEach(OleAuto.INSTANCE::VariantClear);
    }
  }

  @Override
  public void release(ComObject object) {
    ((JnaObject) object).releaseOnce();
  }

  @Override
  public void leaveApartment() {
    Ole32.INSTANCE.CoUninitialize();
  }

  private static int flags(Call call) {
    return switch (call) {
      case METHOD -> OleAuto.DISPATCH_METHOD;
      case GET -> OleAuto.DISPATCH_PROPERTYGET;
      case PUT -> OleAuto.DISPATCH_PROPERTYPUT;
    };
  }

  private static int hresult(COMException e) {
    if (e.getHresult() != null) {
      return e.getHresult().intValue();
    }
    if (e instanceof COMInvokeException invoke && invoke.getScode() != null) {
      return invoke.getScode();
    }
    return 0x80004005; // E_FAIL: JNA gave no code
  }

  private static ComException failure(String what, COMException e) {
    int hr = hresult(e);
    String source = e instanceof COMInvokeException i ? i.getSource() : null;
    String description = e instanceof COMInvokeException i ? i.getDescription() : null;
    return new ComException(
        "HRESULT "
            + ComException.hex(hr)
            + (source == null ? "" : " from " + source)
            + (description == null ? "" : ": " + description.strip())
            + (description == null && e.getMessage() != null ? ": " + e.getMessage() : ""),
        hr,
        source,
        description,
        e);
  }

  /** An automation object held through JNA. */
  static final class JnaObject extends COMLateBindingObject implements ComObject {
    private final String description;
    private boolean released;

    JnaObject(String progId) {
      super(progId, false);
      this.description = progId;
    }

    JnaObject(IDispatch dispatch, String description) {
      super(dispatch);
      this.description = description;
    }

    void call(int flags, VARIANT.ByReference result, String member, VARIANT[] args) {
      oleMethod(flags, result, member, args);
    }

    void releaseOnce() {
      if (!released) {
        released = true;
        release();
      }
    }

    @Override
    public String describe() {
      return description;
    }
  }
}
