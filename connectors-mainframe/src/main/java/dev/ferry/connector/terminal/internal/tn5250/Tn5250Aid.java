package dev.ferry.connector.terminal.internal.tn5250;

import dev.ferry.connector.terminal.TerminalKey;

/** The 5250 AID byte of each attention key. */
final class Tn5250Aid {
  private Tn5250Aid() {}

  static int of(TerminalKey key) {
    return switch (key) {
      case ENTER -> 0xF1;
      case ROLL_UP -> 0xF5;
      case ROLL_DOWN -> 0xF4;
      case CLEAR -> 0xBD;
      case HELP -> 0xF3;
      default -> {
        String name = key.name();
        if (!name.startsWith("PF")) {
          throw new IllegalArgumentException("no 5250 AID for " + key);
        }
        int n = Integer.parseInt(name.substring(2));
        yield n <= 12 ? 0x30 + n : 0xB0 + (n - 12);
      }
    };
  }
}
