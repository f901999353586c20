package dev.ferry.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code ferry serve} as operators run it: a separate JVM that serves a folder trigger, answers
 * /health and /metrics, stops on SIGTERM and starts again on the same data.
 */
class ServeNodeIT {
  @TempDir Path dir;

  /** Runs {@code ferry serve} alone, so the test does not depend on its registration. */
  public static final class Main {
    public static void main(String[] args) {
      System.exit(new CommandLine(new ServeCommand()).execute(args));
    }
  }

  @Test
  void aNodeServesAFolderTriggerReportsHealthAndStopsCleanlyOnSigterm() throws Exception {
    Path definitions = Files.createDirectories(dir.resolve("definitions"));
    Path data = dir.resolve("data");
    Path incoming = Files.createDirectories(data.resolve("work/incoming"));
    Files.writeString(
        definitions.resolve("statement-intake.yaml"),
        """
        process: statement-intake
        version: 1
        trigger:
          folder: { path: incoming, pattern: "*.csv", settle: 300ms }
        steps:
          - id: note
            action: log
            with: { message: "took ${trigger.name}" }
        """);
    int port = freePort();

    Process first = serve(definitions, data, port);
    try {
      awaitHealthy(port, first);
      Files.writeString(incoming.resolve("a.csv"), "date;amount\n2026-11-02;12.50\n");
      await(() -> Files.exists(incoming.resolve("processed/a.csv")), "a.csv to be processed");
      assertThat(get(port, "/metrics").body())
          .contains(
              "ferry_transactions_total{process=\"statement-intake\",status=\"SUCCEEDED\"} 1.0");
    } finally {
      first.destroy();
    }
    assertThat(first.waitFor(30, TimeUnit.SECONDS)).as("node stops within 30 s").isTrue();
    assertThat(Files.readString(dir.resolve("serve.log")))
        .contains("Stopping: waiting for running transactions.");

    Process second = serve(definitions, data, port);
    try {
      awaitHealthy(port, second);
      Files.writeString(incoming.resolve("b.csv"), "date;amount\n2026-11-03;7.00\n");
      Files.writeString(incoming.resolve("a-again.csv"), "date;amount\n2026-11-02;12.50\n");
      await(
          () ->
              Files.exists(incoming.resolve("processed/b.csv"))
                  && Files.exists(incoming.resolve("processed/a-again.csv")),
          "b.csv and the copy of a.csv to be processed");
      assertThat(get(port, "/metrics").body())
          .contains("status=\"SUCCEEDED\"} 1.0")
          .contains("status=\"DUPLICATE\"} 1.0");
    } finally {
      second.destroy();
      second.waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void aRunningNodePicksUpAChangedDefinitionAndKeepsServingItWhenAnEditBreaksIt() throws Exception {
    Path definitions = Files.createDirectories(dir.resolve("definitions"));
    Path data = dir.resolve("data");
    Path incoming = Files.createDirectories(data.resolve("work/incoming"));
    Path file = definitions.resolve("statement-intake.yaml");
    String trigger =
        """
        trigger:
          folder: { path: incoming, pattern: "*.csv", settle: 300ms }
        """;
    Files.writeString(
        file,
        "process: statement-intake\nversion: 1\n"
            + trigger
            + "steps:\n  - action: log\n    with: { message: \"took ${trigger.name}\" }\n");
    int port = freePort();

    Process node = serve(definitions, data, port, "--reload-seconds", "1");
    try {
      awaitHealthy(port, node);
      Files.writeString(
          file,
          "process: statement-intake\nversion: 2\n"
              + trigger
              + "steps:\n  - action: fail\n    with: { code: CLOSED, message: closed }\n");
      awaitLog("statement-intake: version 1 replaced by 2");
      Files.writeString(incoming.resolve("c.csv"), "date;amount\n2026-11-04;1.00\n");
      await(() -> Files.exists(incoming.resolve("failed/c.csv")), "version 2 to fail c.csv");

      Files.writeString(file, "process: statement-intake\nversion: 3\nstepz: []\n");
      awaitLog("still serving statement-intake version 2 until the problems above are fixed");
      assertThat(log()).contains("unknown key 'stepz'");
      Files.writeString(incoming.resolve("d.csv"), "date;amount\n2026-11-05;2.00\n");
      await(() -> Files.exists(incoming.resolve("failed/d.csv")), "version 2 to fail d.csv");

      Files.delete(file);
      awaitLog("statement-intake: no longer served");
    } finally {
      node.destroy();
      node.waitFor(30, TimeUnit.SECONDS);
    }
  }

  private String log() throws IOException {
    return Files.readString(dir.resolve("serve.log"));
  }

  private void awaitLog(String text) throws Exception {
    await(() -> uncheckedLog().contains(text), "the log to say '" + text + "'");
  }

  private String uncheckedLog() {
    try {
      return log();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Process serve(Path definitions, Path data, int port, String... more) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new ArrayList<>(
            List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "--definitions",
                definitions.toString(),
                "--data-dir",
                data.toString(),
                "--http-port",
                String.valueOf(port)));
    command.addAll(List.of(more));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("serve.log").toFile()))
        .start();
  }

  private void awaitHealthy(int port, Process node) throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < end) {
      if (!node.isAlive()) {
        throw new AssertionError(
            "ferry serve exited: " + Files.readString(dir.resolve("serve.log")));
      }
      try {
        if (get(port, "/health").statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no healthy node: " + Files.readString(dir.resolve("serve.log")));
  }

  private void await(java.util.function.BooleanSupplier condition, String what) throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError(
            "timed out waiting for " + what + ": " + Files.readString(dir.resolve("serve.log")));
      }
      Thread.sleep(100);
    }
  }

  private static HttpResponse<String> get(int port, String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
