package dev.ferry.engine.expr.internal;

import static dev.ferry.engine.expr.internal.Builtins.add;
import static dev.ferry.engine.expr.internal.Builtins.list;
import static dev.ferry.engine.expr.internal.Builtins.text;
import static dev.ferry.engine.expr.internal.Builtins.whole;

import dev.ferry.engine.expr.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Functions on text. Most give null when the text they work on is null. */
final class TextFunctions {
  private TextFunctions() {}

  static void register(Map<String, Function> t) {
    add(t, "upper", 1, 1, true, (a, ev) -> text(a, 0, "upper", ev).toUpperCase(Locale.ROOT));
    add(t, "lower", 1, 1, true, (a, ev) -> text(a, 0, "lower", ev).toLowerCase(Locale.ROOT));
    add(t, "trim", 1, 1, true, (a, ev) -> text(a, 0, "trim", ev).strip());
    add(
        t,
        "startsWith",
        2,
        2,
        true,
        (a, ev) -> text(a, 0, "startsWith", ev).startsWith(text(a, 1, "startsWith", ev)));
    add(
        t,
        "endsWith",
        2,
        2,
        true,
        (a, ev) -> text(a, 0, "endsWith", ev).endsWith(text(a, 1, "endsWith", ev)));
    add(t, "contains", 2, 2, false, TextFunctions::contains);
    add(
        t,
        "matches",
        2,
        2,
        true,
        (a, ev) -> BoundedRegex.find(text(a, 0, "matches", ev), text(a, 1, "matches", ev), ev));
    add(t, "replace", 3, 3, true, TextFunctions::replace);
    add(t, "split", 2, 2, true, TextFunctions::split);
    add(t, "join", 1, 2, true, TextFunctions::join);
    add(t, "substring", 2, 3, true, TextFunctions::substring);
    add(t, "string", 1, 1, false, (a, ev) -> ev.text(Values.toText(a.get(0))));
  }

  private static Object contains(List<Object> a, Evaluation ev) {
    Object container = a.get(0);
    if (container == null) {
      return false;
    }
    if (container instanceof List) {
      for (Object item : list(a, 0, "contains", ev)) {
        if (Operators.equal(ev.value(item), a.get(1))) {
          return true;
        }
      }
      return false;
    }
    return text(a, 0, "contains", ev).contains(text(a, 1, "contains", ev));
  }

  private static Object replace(List<Object> a, Evaluation ev) {
    String s = text(a, 0, "replace", ev);
    String target = text(a, 1, "replace", ev);
    String replacement = text(a, 2, "replace", ev);
    if (target.isEmpty()) {
      throw ev.fail("replace(...) needs a non-empty text to look for");
    }
    long count = 0;
    for (int i = s.indexOf(target); i >= 0; i = s.indexOf(target, i + target.length())) {
      count++;
    }
    ev.reserve(s.length() + count * (replacement.length() - target.length()));
    return s.replace(target, replacement);
  }

  private static Object split(List<Object> a, Evaluation ev) {
    String s = text(a, 0, "split", ev);
    String separator = text(a, 1, "split", ev);
    List<Object> parts = new ArrayList<>();
    if (separator.isEmpty()) {
      throw ev.fail("split(...) needs a non-empty separator");
    }
    int from = 0;
    for (int i = s.indexOf(separator); i >= 0; i = s.indexOf(separator, from)) {
      parts.add(s.substring(from, i));
      from = i + separator.length();
      ev.charge(1);
    }
    parts.add(s.substring(from));
    return parts;
  }

  private static Object join(List<Object> a, Evaluation ev) {
    List<?> items = list(a, 0, "join", ev);
    String separator = a.size() > 1 ? text(a, 1, "join", ev) : "";
    StringBuilder out = new StringBuilder();
    boolean first = true;
    for (Object item : items) {
      if (!first) {
        out.append(separator);
      }
      first = false;
      String part = Values.toText(ev.value(item));
      ev.reserve((long) out.length() + part.length());
      out.append(part);
    }
    return ev.text(out);
  }

  private static Object substring(List<Object> a, Evaluation ev) {
    String s = text(a, 0, "substring", ev);
    long start = whole(a, 1, "substring", ev);
    long end = a.size() > 2 ? whole(a, 2, "substring", ev) : s.length();
    if (start < 0 || end > s.length() || start > end) {
      throw ev.fail(
          "substring("
              + start
              + (a.size() > 2 ? ", " + end : "")
              + ") is outside the text, which is "
              + s.length()
              + " characters long; positions count from 0");
    }
    return s.substring((int) start, (int) end);
  }
}
