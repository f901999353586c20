package dev.ferry.connector.terminal.internal.s3270;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The s3270 program driven through its script interface: one action per line on stdin; on stdout,
 * {@code data:} lines, a status line, then {@code ok} or {@code error}. A reader thread collects
 * lines so that every wait has a deadline even when s3270 is busy.
 */
final class S3270Process implements AutoCloseable {

  /** One action's answer. */
  record Reply(boolean ok, List<String> data, String status) {
    String[] statusFields() {
      return status.split(" ");
    }
  }

  private static final String END = "\u0000end";
  private final Process process;
  private final Writer in;
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final List<String> partialData = new ArrayList<>();
  private String partialStatus = "";
  private int pending;

  private S3270Process(Process process) {
    this.process = process;
    this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    Thread reader = new Thread(this::readLines, "s3270-reader-" + process.pid());
    reader.setDaemon(true);
    reader.start();
  }

  static S3270Process start(List<String> command, Map<String, String> environment)
      throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(environment);
    builder.redirectErrorStream(true);
    return new S3270Process(builder.start());
  }

  private void readLines() {
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        lines.add(line);
      }
    } catch (IOException e) {
      // the process ended; END below tells waiting callers
    } finally {
      lines.add(END);
    }
  }

  /**
   * Runs one action and waits for its answer.
   *
   * @return null when the answer did not come within {@code timeout}; it is then collected before
   *     the next action runs
   * @throws IOException when s3270 has exited
   */
  synchronized Reply run(String action, Duration timeout) throws IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    // answers to actions that timed out earlier come first; they may take a while longer
    while (pending > 0) {
      if (read(Math.max(deadline, System.nanoTime() + Duration.ofSeconds(5).toNanos())) == null) {
        return null;
      }
      pending--;
    }
    in.write(action + "\n");
    in.flush();
    Reply reply = read(deadline);
    if (reply == null) {
      pending++;
    }
    return reply;
  }

  private Reply read(long deadline) throws IOException {
    while (true) {
      String line;
      try {
        line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting for s3270", e);
      }
      if (line == null) {
        // what arrived so far stays in partialData for the read that finishes this answer
        return null;
      }
      if (line.equals(END)) {
        lines.add(END);
        throw new IOException("s3270 exited");
      }
      if (line.startsWith("data: ") || line.equals("data:")) {
        partialData.add(line.length() > 6 ? line.substring(6) : "");
      } else if (line.equals("ok") || line.equals("error")) {
        Reply reply = new Reply(line.equals("ok"), List.copyOf(partialData), partialStatus);
        partialData.clear();
        partialStatus = "";
        return reply;
      } else {
        partialStatus = line;
      }
    }
  }

  boolean isAlive() {
    return process.isAlive();
  }

  @Override
  public void close() {
    try {
      in.write("Quit\n");
      in.flush();
    } catch (IOException e) {
      // already gone
    }
    try {
      if (!process.waitFor(2, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
