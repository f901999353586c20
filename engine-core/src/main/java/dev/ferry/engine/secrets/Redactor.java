package dev.ferry.engine.secrets;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Removes known secret values from text before it reaches a log, the ledger or an export. Every
 * value the engine resolves from a secret store is registered here. Thread-safe.
 */
public final class Redactor {
  public static final String MASK = "******";

  /** Values shorter than this are not masked: masking "a" would mangle every text. */
  private static final int SHORTEST_MASKED = 3;

  private final Set<String> secrets = ConcurrentHashMap.newKeySet();

  public void register(String secretValue) {
    if (secretValue != null && secretValue.length() >= SHORTEST_MASKED) {
      secrets.add(secretValue);
    }
  }

  /** The text with every registered secret value replaced by {@value #MASK}; null stays null. */
  public String redact(String text) {
    if (text == null || secrets.isEmpty()) {
      return text;
    }
    String result = text;
    for (String secret : secrets) {
      if (result.contains(secret)) {
        result = result.replace(secret, MASK);
      }
    }
    return result;
  }
}
