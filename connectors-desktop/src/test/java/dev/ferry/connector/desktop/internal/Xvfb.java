package dev.ferry.connector.desktop.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * An Xvfb server on the display that this JVM's DISPLAY names. java.awt reads DISPLAY once, when
 * the toolkit starts, so the build sets it for the test JVM (failsafe's environmentVariables) and
 * this class starts the server before any AWT class is touched.
 *
 * <p>The server must outlive the toolkit: when the X connection breaks, AWT ends the whole JVM with
 * exit code 1, before the test report is written. So a small shell watchdog stops Xvfb once this
 * JVM has exited, instead of the tests stopping it.
 */
final class Xvfb {
  private final Process process;

  private Xvfb(Process process) {
    this.process = process;
  }

  /** The Xvfb binary, if installed (Debian package xvfb). */
  static Optional<Path> binary() {
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
      Path candidate = Path.of(dir, "Xvfb");
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * Starts Xvfb on {@code display} (such as {@code :93}) and waits until it accepts clients.
   *
   * @throws IllegalStateException when another X server already holds the display, or Xvfb dies
   */
  static Xvfb start(Path binary, String display) throws IOException, InterruptedException {
    String number = display.substring(display.indexOf(':') + 1).split("\\.")[0];
    Path socket = Path.of("/tmp/.X11-unix/X" + number);
    if (Files.exists(Path.of("/tmp/.X" + number + "-lock"))) {
      throw new IllegalStateException(
          "display "
              + display
              + " is taken by another X server (/tmp/.X"
              + number
              + "-lock exists); run with -Ddesktop.it.display=:NN for a free one");
    }
    String xvfb = binary + " :" + number + " -screen 0 1024x768x24 -nolisten tcp";
    long jvm = ProcessHandle.current().pid();
    String watchdog =
        xvfb
            + " & x=$!; while kill -0 "
            + jvm
            + " 2>/dev/null && kill -0 $x 2>/dev/null; do sleep 0.5; done; kill $x 2>/dev/null;"
            + " wait $x";
    Process process =
        new ProcessBuilder("sh", "-c", watchdog)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    Instant until = Instant.now().plus(Duration.ofSeconds(15));
    while (!Files.exists(socket)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Xvfb " + display + " exited with " + process.exitValue());
      }
      if (Instant.now().isAfter(until)) {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        throw new IllegalStateException("Xvfb " + display + " did not start within 15 s");
      }
      Thread.sleep(50);
    }
    return new Xvfb(process);
  }

  /** Whether the server (through its watchdog) is still running. */
  boolean isRunning() {
    return process.isAlive();
  }
}
