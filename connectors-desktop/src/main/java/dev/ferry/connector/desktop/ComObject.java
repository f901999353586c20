package dev.ferry.connector.desktop;

/**
 * A reference to a live COM automation object, owned by the {@link ComBridge} that returned it. It
 * may be used only on the session's apartment thread and only until it is released.
 */
public interface ComObject {

  /** A short description for evidence and error messages, such as the ProgID it was made from. */
  String describe();
}
