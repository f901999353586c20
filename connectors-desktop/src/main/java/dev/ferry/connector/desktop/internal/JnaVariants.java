package dev.ferry.connector.desktop.internal;

import com.sun.jna.Pointer;
import com.sun.jna.PointerType;
import com.sun.jna.platform.win32.COM.Dispatch;
import com.sun.jna.platform.win32.OaIdl;
import com.sun.jna.platform.win32.OaIdl.SAFEARRAY;
import com.sun.jna.platform.win32.OleAuto;
import com.sun.jna.platform.win32.Variant.VARIANT;
import com.sun.jna.platform.win32.WTypes.VARTYPE;
import com.sun.jna.platform.win32.WinDef.SCODE;
import dev.ferry.connector.desktop.ComException;
import dev.ferry.connector.desktop.Variant;
import dev.ferry.connector.desktop.internal.JnaComBridge.JnaObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Converts Ferry's {@link Variant} to JNA's VARIANT and back, for one call. */
final class JnaVariants {
  private final String origin;

  /**
   * @param origin the member that returned the values, which describes objects it returns
   */
  JnaVariants(String origin) {
    this.origin = origin;
  }

  VARIANT toNative(Variant v) {
    return switch (v.type()) {
      case EMPTY -> new VARIANT();
      case NULL -> {
        VARIANT n = new VARIANT();
        n.setVarType((short) com.sun.jna.platform.win32.Variant.VT_NULL);
        yield n;
      }
      case I4 -> new VARIANT((int) (Integer) v.value());
      case I8 -> new VARIANT((long) (Long) v.value());
      case R8 -> new VARIANT((double) (Double) v.value());
      case CY -> changeType(new VARIANT(((BigDecimal) v.value()).doubleValue()), 6);
      case DATE -> new VARIANT(new OaIdl.DATE(OleDate.toOle((java.time.LocalDateTime) v.value())));
      case BSTR -> new VARIANT((String) v.value());
      case BOOL -> new VARIANT((boolean) (Boolean) v.value());
      case ERROR -> {
        VARIANT e = new VARIANT();
        e.setValue(com.sun.jna.platform.win32.Variant.VT_ERROR, new SCODE((Integer) v.value()));
        yield e;
      }
      case DISPATCH -> dispatch((JnaObject) v.object());
      case ARRAY -> array(v.rows());
    };
  }

  /**
   * The caller clears every argument after the call, which releases an object once; the extra
   * reference taken here keeps the session's own reference alive.
   */
  private static VARIANT dispatch(JnaObject object) {
    // Objects made from a returned IDispatch have no pointer reference, only the interface.
    Dispatch dispatch = new Dispatch(((PointerType) object.getIDispatch()).getPointer());
    dispatch.AddRef();
    return new VARIANT(dispatch);
  }

  private VARIANT array(List<List<Variant>> rows) {
    int columns = rows.stream().mapToInt(List::size).max().orElse(0);
    SAFEARRAY array =
        SAFEARRAY.createSafeArray(
            new VARTYPE(com.sun.jna.platform.win32.Variant.VT_VARIANT), rows.size(), columns);
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < columns; c++) {
        Variant cell = c < rows.get(r).size() ? rows.get(r).get(c) : Variant.EMPTY;
        VARIANT element = toNative(cell);
        // putElement copies the value into the array, so our copy is freed at once.
        array.putElement(element, r, c);
        OleAuto.INSTANCE.VariantClear(element);
      }
    }
    return new VARIANT(array);
  }

  /**
   * @param owned whether the VARIANT is ours to clear once read; a returned object is kept
   */
  Variant fromNative(VARIANT v, boolean owned) {
    int vt = v.getVarType().intValue();
    boolean keep = false;
    try {
      if ((vt & com.sun.jna.platform.win32.Variant.VT_ARRAY) != 0) {
        return fromArray((SAFEARRAY) v.getValue());
      }
      switch (vt) {
        case 0:
          return Variant.EMPTY;
        case 1:
          return Variant.NULL;
        case 2, 3, 16, 17, 18, 22, 23:
          return Variant.i4(((Number) numeric(v.getValue())).intValue());
        case 19, 20, 21:
          return Variant.i8(((Number) numeric(v.getValue())).longValue());
        case 4, 5:
          return Variant.r8(((Number) numeric(v.getValue())).doubleValue());
        case 6, 14:
          return Variant.cy(BigDecimal.valueOf(changeType(v, 5).doubleValue()));
        case 7:
          return Variant.date(OleDate.fromOle(((OaIdl.DATE) v.getValue()).date));
        case 8:
          return Variant.bstr(v.stringValue());
        case 10:
          return Variant.error(((SCODE) v.getValue()).intValue());
        case 11:
          return Variant.bool(v.booleanValue());
        case 9:
          Object value = v.getValue();
          Pointer pointer =
              value instanceof PointerType p
                  ? p.getPointer()
                  : value instanceof Pointer p ? p : null;
          if (pointer == null) {
            return Variant.NULL;
          }
          keep = true;
          return Variant.dispatch(new JnaObject(new Dispatch(pointer), origin));
        default:
          return Variant.bstr(changeType(v, 8).stringValue());
      }
    } finally {
      if (owned && !keep) {
        OleAuto.INSTANCE.VariantClear(v);
      }
    }
  }

  private Variant fromArray(SAFEARRAY array) {
    int dims = array.getDimensionCount();
    if (dims > 2) {
      throw new ComException(
          origin + " returned a " + dims + "-dimensional array; only 1 or 2 are supported",
          0x80020005,
          null,
          null,
          null);
    }
    List<List<Variant>> rows = new ArrayList<>();
    if (dims == 1) {
      List<Variant> row = new ArrayList<>();
      for (int i = array.getLBound(0); i <= array.getUBound(0); i++) {
        row.add(element(array.getElement(i)));
      }
      rows.add(row);
    } else {
      for (int r = array.getLBound(0); r <= array.getUBound(0); r++) {
        List<Variant> row = new ArrayList<>();
        for (int c = array.getLBound(1); c <= array.getUBound(1); c++) {
          row.add(element(array.getElement(r, c)));
        }
        rows.add(row);
      }
    }
    return Variant.array(rows);
  }

  private Variant element(Object element) {
    if (element instanceof VARIANT v) {
      // getElement hands out a copy, which is ours to free.
      return fromNative(v, true);
    }
    return element == null ? Variant.EMPTY : Variant.bstr(String.valueOf(element));
  }

  private static Object numeric(Object value) {
    if (value instanceof Number) {
      return value;
    }
    return Double.parseDouble(String.valueOf(value));
  }

  private static VARIANT changeType(VARIANT source, int vt) {
    VARIANT target = new VARIANT();
    OleAuto.INSTANCE.VariantChangeType(target, source, (short) 0, new VARTYPE(vt));
    return target;
  }
}
