package dev.ferry.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  @TempDir Path dir;

  record Result(int exitCode, String out) {}

  private Result ferry(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Ferry.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Result(code, out + err.toString());
  }

  private Path definition(String name, String yaml) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, yaml);
    return file;
  }

  private static final String HELLO =
      """
      process: hello
      version: 2
      description: Doubles an amount and writes it down.
      inputs:
        amount: { type: decimal, required: true }
      steps:
        - id: double
          action: set
          with: { variables: { twice: "${amount * 2}" } }
        - id: too-big
          if: "twice > 1000"
          fail: { kind: business, code: TOO_BIG, message: "Amount ${amount} is too big" }
        - id: write
          action: file.write
          with: { path: "out/result.txt", text: "twice=${twice}" }
      """;

  @Test
  void validateAcceptsAGoodDefinitionAndExitsZero() throws Exception {
    Result result = ferry("validate", definition("hello.yaml", HELLO).toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("ok (hello v2, 3 steps)");
  }

  @Test
  void everyShippedExampleValidatesWithAllConnectors() throws Exception {
    try (var files = Files.list(Path.of("../process-definitions/examples"))) {
      String[] args =
          java.util.stream.Stream.concat(
                  java.util.stream.Stream.of("validate"),
                  files.filter(f -> f.toString().endsWith(".yaml")).map(Path::toString))
              .toArray(String[]::new);
      Result result = ferry(args);

      assertThat(result.exitCode()).as(result.out()).isZero();
      assertThat(result.out())
          .contains("invoice-review.yaml: ok")
          .contains("supplier-invoice-intake.yaml: ok");
    }
  }

  @Test
  void validatePrintsEveryProblemWithLineAndColumnAndExitsTwo() throws Exception {
    Path broken =
        definition(
            "broken.yaml",
            """
            process: broken
            version: 1
            stepz: []
            steps:
              - id: a
                action: sett
              - id: a
                action: log
                with: { mesage: hi }
            """);

    Result result = ferry("validate", broken.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out())
        .contains("broken.yaml:3:1")
        .contains("stepz")
        .contains("broken.yaml:6:")
        .contains("sett")
        .contains("mesage");
  }

  @Test
  void runRecordsTheTransactionAndShowAndExportPrintItBack() throws Exception {
    Path file = definition("hello.yaml", HELLO);
    String data = dir.resolve("data").toString();

    Result run = ferry("run", file.toString(), "--input", "amount=12.50", "--data-dir", data);
    assertThat(run.exitCode()).as(run.out()).isZero();
    assertThat(run.out()).contains("SUCCEEDED in 2 steps");
    Matcher id = Pattern.compile("ferry show (tx-[0-9a-f]+)").matcher(run.out());
    assertThat(id.find()).isTrue();
    assertThat(Files.readString(Path.of(data, "work", "out", "result.txt")))
        .isEqualTo("twice=25.00");

    Result show = ferry("show", id.group(1), "--data-dir", data);
    assertThat(show.out())
        .contains("hello v2")
        .contains("double")
        .contains("write")
        .contains("SUCCEEDED");

    Result list = ferry("transactions", "--data-dir", data);
    assertThat(list.out()).contains(id.group(1)).contains("1 transaction");

    Path csv = dir.resolve("audit.csv");
    Result export =
        ferry(
            "audit",
            "export",
            "--format",
            "csv",
            "--transaction",
            id.group(1),
            "--out",
            csv.toString(),
            "--data-dir",
            data);
    assertThat(export.out()).contains("Wrote 2 steps of 1 transactions");
    assertThat(Files.readAllLines(csv)).hasSize(3);
    assertThat(Files.readString(csv)).contains("twice=25.00");

    Path jsonl = dir.resolve("audit.jsonl");
    ferry(
        "audit",
        "export",
        "--format",
        "jsonl",
        "--since",
        "2000-01-01",
        "--out",
        jsonl.toString(),
        "--data-dir",
        data);
    List<String> lines = Files.readAllLines(jsonl);
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).startsWith("{\"export\":\"ferry-audit\",\"chain_head\":\"");
    assertThat(lines.get(1)).contains("\"twice\":25.00");

    Result verify = ferry("audit", "verify", "--data-dir", data);
    assertThat(verify.exitCode()).as(verify.out()).isZero();
    assertThat(verify.out()).contains("Audit trail intact");
  }

  @Test
  void aBusinessFailureExitsOneAndNamesTheCode() throws Exception {
    Result run =
        ferry(
            "run",
            definition("hello.yaml", HELLO).toString(),
            "-i",
            "amount=900",
            "--data-dir",
            dir.resolve("d").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("TOO_BIG: Amount 900 is too big").contains("BUSINESS_FAILED");
  }

  @Test
  void aDryRunRecordsThePlanWithoutTouchingFiles() throws Exception {
    String data = dir.resolve("dry").toString();
    Result run =
        ferry(
            "run",
            definition("hello.yaml", HELLO).toString(),
            "-i",
            "amount=1",
            "--dry-run",
            "--data-dir",
            data);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("(dry run)").contains("file.write");
    assertThat(Path.of(data, "work", "out", "result.txt")).doesNotExist();
  }

  @Test
  void missingInputsAreReportedWithoutATransaction() throws Exception {
    Result run =
        ferry(
            "run",
            definition("hello.yaml", HELLO).toString(),
            "--data-dir",
            dir.resolve("x").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("input 'amount' is required");
  }

  @Test
  void anOperatorRetriesAFailedTransactionOnceTheApplicationIsBack() throws Exception {
    int port;
    try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    Path file =
        definition(
            "notify.yaml",
            """
            process: notify
            version: 1
            steps:
              - id: tell-the-ledger
                action: http.request
                with: { url: "http://127.0.0.1:%d/booked", timeout: 5s }
              - id: write
                action: file.write
                with: { path: "out/done.txt", text: "told" }
            """
                .formatted(port));
    String data = dir.resolve("data").toString();
    Result run = ferry("run", file.toString(), "--data-dir", data);
    assertThat(run.exitCode()).as(run.out()).isEqualTo(Ferry.FAILED);
    Matcher id = Pattern.compile("(tx-[0-9a-f]+)").matcher(run.out());
    assertThat(id.find()).as(run.out()).isTrue();

    com.sun.net.httpserver.HttpServer ledger =
        com.sun.net.httpserver.HttpServer.create(
            new java.net.InetSocketAddress("127.0.0.1", port), 0);
    ledger.createContext(
        "/booked",
        exchange -> {
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    ledger.start();
    try {
      Result retry = ferry("retry", id.group(1), "--operator", "erin", "--data-dir", data);
      assertThat(retry.exitCode()).as(retry.out()).isZero();
      assertThat(retry.out()).contains("Retried by erin: SUCCEEDED");
    } finally {
      ledger.stop(0);
    }
    assertThat(Files.readString(Path.of(data, "work", "out", "done.txt"))).isEqualTo("told");
    Result again = ferry("retry", id.group(1), "--data-dir", data);
    assertThat(again.exitCode()).isEqualTo(Ferry.FAILED);
    assertThat(again.out()).contains("only a FAILED one can be retried");
    assertThat(ferry("cancel", id.group(1), "--data-dir", data).out())
        .contains("has already ended SUCCEEDED");
    assertThat(ferry("queue", "--data-dir", data).out())
        .contains("0 running, 0 waiting to run, 0 waiting for an operator");
  }
}
