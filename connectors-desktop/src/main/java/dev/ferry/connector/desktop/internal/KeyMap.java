package dev.ferry.connector.desktop.internal;

import dev.ferry.engine.spi.BusinessException;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which keys make a character or a named key, for a US keyboard layout. Robot presses keys, not
 * characters, so text outside this map cannot be typed.
 */
final class KeyMap {
  /** The keys that type one character: the key itself and, maybe, shift. */
  record Stroke(int keyCode, boolean shift) {}

  private static final String UNSHIFTED = "-=[]\\;',./`";
  private static final String SHIFTED = "_+{}|:\"<>?~";
  private static final int[] SYMBOL_KEYS = {
    KeyEvent.VK_MINUS,
    KeyEvent.VK_EQUALS,
    KeyEvent.VK_OPEN_BRACKET,
    KeyEvent.VK_CLOSE_BRACKET,
    KeyEvent.VK_BACK_SLASH,
    KeyEvent.VK_SEMICOLON,
    KeyEvent.VK_QUOTE,
    KeyEvent.VK_COMMA,
    KeyEvent.VK_PERIOD,
    KeyEvent.VK_SLASH,
    KeyEvent.VK_BACK_QUOTE
  };
  private static final String SHIFTED_DIGITS = ")!@#$%^&*(";
  private static final Map<String, Integer> NAMED = named();

  private KeyMap() {}

  /**
   * The strokes that type a text.
   *
   * @throws BusinessException naming the first character that cannot be typed
   */
  static List<Stroke> strokes(String text) {
    List<Stroke> strokes = new ArrayList<>(text.length());
    for (int i = 0; i < text.length(); i++) {
      Stroke stroke = stroke(text.charAt(i));
      if (stroke == null) {
        throw new BusinessException(
            "UNTYPABLE_TEXT",
            "character "
                + (i + 1)
                + " of the text (U+"
                + String.format("%04X", (int) text.charAt(i))
                + ") cannot be typed with a US keyboard layout. desktop.type types ASCII letters,"
                + " digits, punctuation, space, tab and newline; for other text use"
                + " desktop.window.control-set-text or the program's COM interface.");
      }
      strokes.add(stroke);
    }
    return strokes;
  }

  private static Stroke stroke(char c) {
    if (c >= 'a' && c <= 'z') {
      return new Stroke(KeyEvent.VK_A + (c - 'a'), false);
    } else if (c >= 'A' && c <= 'Z') {
      return new Stroke(KeyEvent.VK_A + (c - 'A'), true);
    } else if (c >= '0' && c <= '9') {
      return new Stroke(KeyEvent.VK_0 + (c - '0'), false);
    } else if (SHIFTED_DIGITS.indexOf(c) >= 0) {
      return new Stroke(KeyEvent.VK_0 + SHIFTED_DIGITS.indexOf(c), true);
    } else if (UNSHIFTED.indexOf(c) >= 0) {
      return new Stroke(SYMBOL_KEYS[UNSHIFTED.indexOf(c)], false);
    } else if (SHIFTED.indexOf(c) >= 0) {
      return new Stroke(SYMBOL_KEYS[SHIFTED.indexOf(c)], true);
    }
    return switch (c) {
      case ' ' -> new Stroke(KeyEvent.VK_SPACE, false);
      case '\t' -> new Stroke(KeyEvent.VK_TAB, false);
      case '\n' -> new Stroke(KeyEvent.VK_ENTER, false);
      default -> null;
    };
  }

  /**
   * The key codes of a chord such as {@code ctrl+shift+s} or {@code alt+f4}, in pressing order.
   *
   * @throws BusinessException for an unknown key name
   */
  static List<Integer> chord(String keys) {
    if (keys == null || keys.isBlank()) {
      throw new BusinessException("BAD_KEYS", "no keys given; write a chord such as ctrl+s");
    }
    List<Integer> codes = new ArrayList<>();
    for (String part : keys.toLowerCase(Locale.ROOT).split("\\+", -1)) {
      String name = part.strip();
      Integer code = NAMED.get(name);
      if (code == null && name.length() == 1) {
        Stroke stroke = stroke(name.charAt(0));
        code = stroke == null || stroke.shift() ? null : stroke.keyCode();
      }
      if (code == null) {
        throw new BusinessException(
            "BAD_KEYS",
            "'"
                + name
                + "' in '"
                + keys
                + "' is not a key. Use ctrl, shift, alt, meta, enter, tab, escape, space,"
                + " backspace, delete, insert, home, end, pageup, pagedown, up, down, left, right,"
                + " f1 to f24, a letter, a digit or an unshifted symbol, joined with +.");
      }
      codes.add(code);
    }
    return codes;
  }

  private static Map<String, Integer> named() {
    Map<String, Integer> keys = new HashMap<>();
    keys.put("ctrl", KeyEvent.VK_CONTROL);
    keys.put("control", KeyEvent.VK_CONTROL);
    keys.put("shift", KeyEvent.VK_SHIFT);
    keys.put("alt", KeyEvent.VK_ALT);
    keys.put("meta", KeyEvent.VK_META);
    keys.put("win", KeyEvent.VK_WINDOWS);
    keys.put("enter", KeyEvent.VK_ENTER);
    keys.put("return", KeyEvent.VK_ENTER);
    keys.put("tab", KeyEvent.VK_TAB);
    keys.put("escape", KeyEvent.VK_ESCAPE);
    keys.put("esc", KeyEvent.VK_ESCAPE);
    keys.put("space", KeyEvent.VK_SPACE);
    keys.put("backspace", KeyEvent.VK_BACK_SPACE);
    keys.put("delete", KeyEvent.VK_DELETE);
    keys.put("del", KeyEvent.VK_DELETE);
    keys.put("insert", KeyEvent.VK_INSERT);
    keys.put("home", KeyEvent.VK_HOME);
    keys.put("end", KeyEvent.VK_END);
    keys.put("pageup", KeyEvent.VK_PAGE_UP);
    keys.put("pagedown", KeyEvent.VK_PAGE_DOWN);
    keys.put("up", KeyEvent.VK_UP);
    keys.put("down", KeyEvent.VK_DOWN);
    keys.put("left", KeyEvent.VK_LEFT);
    keys.put("right", KeyEvent.VK_RIGHT);
    for (int i = 1; i <= 12; i++) {
      keys.put("f" + i, KeyEvent.VK_F1 + i - 1);
    }
    for (int i = 13; i <= 24; i++) {
      keys.put("f" + i, KeyEvent.VK_F13 + i - 13);
    }
    return Map.copyOf(keys);
  }
}
