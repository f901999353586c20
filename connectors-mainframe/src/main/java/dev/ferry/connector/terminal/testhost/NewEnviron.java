package dev.ferry.connector.terminal.testhost;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Reads the variables of a NEW-ENVIRON IS subnegotiation (RFC 1572, RFC 4777). */
final class NewEnviron {
  private static final int VAR = 0;
  private static final int VALUE = 1;
  private static final int ESC = 2;
  private static final int USERVAR = 3;

  private NewEnviron() {}

  /** Both VAR and USERVAR names, mapped to their values; the first byte (IS) is skipped. */
  static Map<String, String> userVariables(byte[] data) {
    Map<String, String> vars = new HashMap<>();
    ByteArrayOutputStream name = new ByteArrayOutputStream();
    ByteArrayOutputStream value = new ByteArrayOutputStream();
    ByteArrayOutputStream target = null;
    for (int i = 1; i < data.length; i++) {
      int b = data[i] & 0xFF;
      if (b == VAR || b == USERVAR) {
        put(vars, name, value);
        target = name;
      } else if (b == VALUE) {
        target = value;
      } else if (b == ESC && i + 1 < data.length) {
        if (target != null) {
          target.write(data[++i]);
        }
      } else if (target != null) {
        target.write(b);
      }
    }
    put(vars, name, value);
    return vars;
  }

  private static void put(
      Map<String, String> vars, ByteArrayOutputStream name, ByteArrayOutputStream value) {
    if (name.size() > 0) {
      vars.put(name.toString(StandardCharsets.US_ASCII), value.toString(StandardCharsets.US_ASCII));
    }
    name.reset();
    value.reset();
  }
}
