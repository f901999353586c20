package dev.ferry.connector.terminal.internal.s3270;

import dev.ferry.connector.terminal.TerminalKey;

/** The s3270 action for each key; 3270 has no roll keys, so Roll Up/Down are PF8/PF7. */
final class S3270Keys {
  private S3270Keys() {}

  /** The action, or null when the key does not exist on a 3270. */
  static String action(TerminalKey key) {
    return switch (key) {
      case ENTER -> "Enter";
      case CLEAR -> "Clear";
      case TAB -> "Tab";
      case ERASE_EOF -> "EraseEOF";
      case ROLL_UP -> "PF(8)";
      case ROLL_DOWN -> "PF(7)";
      case PA1 -> "PA(1)";
      case PA2 -> "PA(2)";
      case PA3 -> "PA(3)";
      case HELP -> null;
      default -> "PF(" + key.name().substring(2) + ")";
    };
  }
}
