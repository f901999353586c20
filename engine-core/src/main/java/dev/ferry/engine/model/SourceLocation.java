package dev.ferry.engine.model;

/**
 * A place in a definition file, for error messages.
 *
 * @param file the file's path as the user gave it
 * @param line 1-based
 * @param column 1-based
 */
public record SourceLocation(String file, int line, int column) {
  public static final SourceLocation UNKNOWN = new SourceLocation("<unknown>", 0, 0);

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
