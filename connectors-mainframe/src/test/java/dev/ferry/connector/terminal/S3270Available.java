package dev.ferry.connector.terminal;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;

/** Skips a 3270 test, saying why, when the s3270 program is not installed. */
final class S3270Available {
  private S3270Available() {}

  static void assume() {
    boolean found = false;
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      found |= new File(dir, "s3270").canExecute();
    }
    assumeTrue(found, "s3270 is not installed (apt-get install s3270); skipping 3270 tests");
  }
}
