package dev.ferry.app;

import java.util.Arrays;

/**
 * Picks the log format before the first logger exists: plain text by default, one JSON object per
 * line with {@code --log-format json} or {@code FERRY_LOG_FORMAT=json}.
 */
final class LogSetup {
  private LogSetup() {}

  static void configure(String[] args) {
    boolean json =
        "json".equalsIgnoreCase(System.getenv("FERRY_LOG_FORMAT"))
            || Arrays.asList(args).contains("--log-format=json")
            || containsPair(args, "--log-format", "json");
    if (json && System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", "logback-json.xml");
    }
  }

  private static boolean containsPair(String[] args, String option, String value) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(option) && args[i + 1].equalsIgnoreCase(value)) {
        return true;
      }
    }
    return false;
  }
}
