package dev.ferry.connector.terminal.testhost;

import java.util.Map;
import java.util.Objects;

/**
 * What the terminal sent back: the key, the cursor and the modified fields of the screen on show.
 *
 * @param key the attention key
 * @param cursorRow 1-based
 * @param cursorCol 1-based
 * @param fields modified field values by field name, trailing blanks removed
 */
public record HostInput(HostKey key, int cursorRow, int cursorCol, Map<String, String> fields) {
  public HostInput {
    Objects.requireNonNull(key, "key");
    fields = Map.copyOf(fields);
  }

  /** The field's value as typed, or {@code ""} when it was not modified. */
  public String field(String name) {
    return fields.getOrDefault(name, "");
  }
}
