package dev.ferry.connector.desktop.internal;

import com.jacob.com.Currency;
import com.jacob.com.SafeArray;
import dev.ferry.connector.desktop.Variant;
import dev.ferry.connector.desktop.internal.JacobComBridge.JacobObject;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Converts Ferry's {@link Variant} to JACOB's Variant and back, for one call. */
final class JacobVariants {
  private static final int VT_ARRAY = 0x2000;
  private final String origin;

  JacobVariants(String origin) {
    this.origin = origin;
  }

  com.jacob.com.Variant toNative(Variant v) {
    com.jacob.com.Variant n = new com.jacob.com.Variant();
    switch (v.type()) {
      case EMPTY -> n.putEmpty();
      case NULL -> n.putNull();
      case I4 -> n.putInt((Integer) v.value());
      case I8 -> n.putLong((Long) v.value());
      case R8 -> n.putDouble((Double) v.value());
      case CY ->
          n.putCurrency(new Currency(((BigDecimal) v.value()).movePointRight(4).longValue()));
      case DATE -> n.putDate(OleDate.toOle((LocalDateTime) v.value()));
      case BSTR -> n.putString((String) v.value());
      case BOOL -> n.putBoolean((Boolean) v.value());
      case ERROR -> n.putError((Integer) v.value());
      case DISPATCH -> n.putDispatch(((JacobObject) v.object()).dispatch);
      case ARRAY -> n.putSafeArray(array(v.rows()));
    }
    return n;
  }

  private SafeArray array(List<List<Variant>> rows) {
    int columns = rows.stream().mapToInt(List::size).max().orElse(0);
    SafeArray array = new SafeArray(com.jacob.com.Variant.VariantVariant, rows.size(), columns);
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < columns; c++) {
        Variant cell = c < rows.get(r).size() ? rows.get(r).get(c) : Variant.EMPTY;
        array.setVariant(r, c, toNative(cell));
      }
    }
    return array;
  }

  Variant fromNative(com.jacob.com.Variant v) {
    if (v == null) {
      return Variant.EMPTY;
    }
    int vt = v.getvt();
    if ((vt & VT_ARRAY) != 0) {
      return fromArray(v.toSafeArray());
    }
    return switch (vt) {
      case 0 -> Variant.EMPTY;
      case 1 -> Variant.NULL;
      case 2 -> Variant.i4(v.getShort());
      case 3 -> Variant.i4(v.getInt());
      case 17 -> Variant.i4(v.getByte() & 0xFF);
      case 20 -> Variant.i8(v.getLong());
      case 4 -> Variant.r8(v.getFloat());
      case 5 -> Variant.r8(v.getDouble());
      case 6 -> Variant.cy(BigDecimal.valueOf(v.getCurrency().longValue(), 4));
      case 14 -> Variant.cy(v.getDecimal());
      case 7 -> Variant.date(OleDate.fromOle(v.getDate()));
      case 8 -> Variant.bstr(v.getString());
      case 10 -> Variant.error(v.getError());
      case 11 -> Variant.bool(v.getBoolean());
      case 9 -> {
        com.jacob.com.Dispatch d = v.getDispatch();
        yield d == null || d.m_pDispatch == 0
            ? Variant.NULL
            : Variant.dispatch(new JacobObject(d, origin));
      }
      default -> Variant.bstr(v.toString());
    };
  }

  private Variant fromArray(SafeArray array) {
    List<List<Variant>> rows = new ArrayList<>();
    if (array.getNumDim() == 1) {
      List<Variant> row = new ArrayList<>();
      for (int i = array.getLBound(); i <= array.getUBound(); i++) {
        row.add(fromNative(array.getVariant(i)));
      }
      rows.add(row);
    } else {
      for (int r = array.getLBound(1); r <= array.getUBound(1); r++) {
        List<Variant> row = new ArrayList<>();
        for (int c = array.getLBound(2); c <= array.getUBound(2); c++) {
          row.add(fromNative(array.getVariant(r, c)));
        }
        rows.add(row);
      }
    }
    return Variant.array(rows);
  }
}
