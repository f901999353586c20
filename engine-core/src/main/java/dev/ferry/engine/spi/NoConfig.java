package dev.ferry.engine.spi;

/** The configuration of a connector that needs none. */
public record NoConfig() {}
