package dev.ferry.connector.web;

/** When the web connector keeps screenshots as step evidence. */
public enum ScreenshotPolicy {
  /** After every step, and at every failure. */
  ALWAYS,
  /** Only at the moment a step fails; successful steps keep just their URL. */
  ON_FAILURE
}
