package dev.ferry.connector.terminal;

import java.util.Locale;

/**
 * The keys an action can press. In YAML they are written case-insensitively, with or without
 * separators: {@code enter}, {@code PF8}, {@code pf-8}, {@code roll-up}, {@code erase-eof}.
 */
public enum TerminalKey {
  ENTER,
  PF1,
  PF2,
  PF3,
  PF4,
  PF5,
  PF6,
  PF7,
  PF8,
  PF9,
  PF10,
  PF11,
  PF12,
  PF13,
  PF14,
  PF15,
  PF16,
  PF17,
  PF18,
  PF19,
  PF20,
  PF21,
  PF22,
  PF23,
  PF24,
  PA1,
  PA2,
  PA3,
  CLEAR,
  TAB,
  ERASE_EOF,
  ROLL_UP,
  ROLL_DOWN,
  HELP;

  /** Whether pressing it sends the screen to the host, which then locks the keyboard. */
  public boolean isAttention() {
    return this != TAB && this != ERASE_EOF;
  }

  /**
   * Parses a key name as an analyst writes it.
   *
   * @throws IllegalArgumentException naming the keys that exist
   */
  public static TerminalKey parse(String name) {
    String normal =
        name.strip()
            .toUpperCase(Locale.ROOT)
            .replace('-', '_')
            .replace(' ', '_')
            .replace("PF_", "PF");
    normal = normal.replace("PA_", "PA");
    if (normal.matches("F\\d+")) {
      normal = "P" + normal;
    }
    switch (normal) {
      case "PAGE_DOWN", "PAGEDOWN", "ROLLUP" -> {
        return ROLL_UP;
      }
      case "PAGE_UP", "PAGEUP", "ROLLDOWN" -> {
        return ROLL_DOWN;
      }
      case "ERASEEOF" -> {
        return ERASE_EOF;
      }
      default -> {
        // fall through to the exact names
      }
    }
    try {
      return valueOf(normal);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown key '"
              + name
              + "'; use enter, pf1..pf24, pa1..pa3, clear, tab, erase-eof, roll-up, roll-down or help",
          e);
    }
  }
}
