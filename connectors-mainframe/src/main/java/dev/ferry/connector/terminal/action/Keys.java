package dev.ferry.connector.terminal.action;

import dev.ferry.connector.terminal.TerminalKey;
import dev.ferry.engine.spi.BusinessException;

/** Parses a key named in a step's input; a wrong name is a definition mistake, not a retry. */
final class Keys {
  private Keys() {}

  static TerminalKey parse(String name, String parameter) {
    try {
      return TerminalKey.parse(name);
    } catch (IllegalArgumentException e) {
      throw new BusinessException("BAD_KEY", parameter + ": " + e.getMessage());
    }
  }
}
