package dev.ferry.connector.desktop.internal;

/** The names under which a session keeps COM objects, such as {@code workbook} or {@code sap}. */
final class Handles {
  private Handles() {}

  /**
   * @throws IllegalArgumentException when the name is not a handle name
   */
  static String check(String what, String name) {
    if (name == null || !name.matches("[A-Za-z][A-Za-z0-9_.-]{0,63}")) {
      throw new IllegalArgumentException(
          what
              + " must be a name of letters, digits, '_', '-' and '.', starting with a letter,"
              + " such as workbook; got "
              + (name == null ? "nothing" : "'" + name + "'"));
    }
    return name;
  }

  static String orDefault(String what, String name, String fallback) {
    return check(what, name == null ? fallback : name);
  }

  static String require(String what, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " is required and cannot be blank");
    }
    return value;
  }
}
