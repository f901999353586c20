package dev.ferry.engine.spi;

/** The output of an action that produces nothing worth saving. */
public record NoOutput() {
  public static final NoOutput INSTANCE = new NoOutput();
}
