package dev.ferry.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.ferry.engine.secrets.EncryptedFileSecretStore;
import dev.ferry.engine.spi.Secret;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs a definition that signs on to a real SMTP server with a password from the encrypted secret
 * store, then searches the ledger's database file, the logs and every export for the password.
 */
class SecretsNeverLeakIT {
  private static final String PASSWORD = "Pa55-Xq7-unique-secret";

  @RegisterExtension
  static GreenMailExtension mail =
      new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(true);

  @TempDir Path dir;

  @Test
  void theSecretsValueIsNowhereInTheLedgerTheLogsOrTheExports() throws Exception {
    mail.setUser("ap-robot", PASSWORD);
    Path data = dir.resolve("data");
    EncryptedFileSecretStore store = EncryptedFileSecretStore.inDataDirectory(data);
    store.set("smtp.username", new Secret("ap-robot"));
    store.set("smtp.password", new Secret(PASSWORD));
    Path definition = dir.resolve("notify.yaml");
    Files.writeString(
        definition,
        """
        process: notify-supplier
        version: 1
        applications:
          smtp:
            connector: mail
            host: 127.0.0.1
            port: %d
            security: none
            from: ap-robot@example.com
            credentials: smtp
        steps:
          - id: tell
            app: smtp
            action: mail.send
            with: { to: [supplier@example.com], subject: "Invoice received", body: "Thanks." }
            save-as: tell
          - id: note
            action: log
            with: { message: "mail sent as ${tell.messageId}" }
        """
            .formatted(mail.getSmtp().getPort()));

    ByteArrayOutputStream logs = new ByteArrayOutputStream();
    PrintStream originalErr = System.err;
    StringWriter out = new StringWriter();
    System.setErr(new PrintStream(logs, true, StandardCharsets.UTF_8));
    try {
      PrintWriter writer = new PrintWriter(out, true);
      assertThat(
              Ferry.execute(
                  writer, writer, "run", definition.toString(), "--data-dir", data.toString()))
          .as(out.toString())
          .isZero();
      Matcher id = Pattern.compile("ferry show (tx-[0-9a-f]+)").matcher(out.toString());
      assertThat(id.find()).isTrue();
      String tx = id.group(1);
      Path exports = dir.resolve("exports");
      Ferry.execute(writer, writer, "show", tx, "--details", "--data-dir", data.toString());
      Ferry.execute(
          writer,
          writer,
          "audit",
          "export",
          "--format",
          "csv",
          "--transaction",
          tx,
          "--out",
          exports.resolve("a.csv").toString(),
          "--data-dir",
          data.toString());
      Ferry.execute(
          writer,
          writer,
          "audit",
          "export",
          "--format",
          "jsonl",
          "--transaction",
          tx,
          "--out",
          exports.resolve("a.jsonl").toString(),
          "--data-dir",
          data.toString());
      Ferry.execute(
          writer,
          writer,
          "audit",
          "export",
          "--format",
          "xes",
          "--transaction",
          tx,
          "--out",
          exports.resolve("a.xes").toString(),
          "--data-dir",
          data.toString());
      Ferry.execute(
          writer,
          writer,
          "audit",
          "report",
          tx,
          "--out",
          exports.resolve("a.pdf").toString(),
          "--data-dir",
          data.toString());
    } finally {
      System.setErr(originalErr);
    }

    assertThat(mail.getReceivedMessages()).as("the secret was really used to sign on").hasSize(1);
    List<Path> searched = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      files
          .filter(Files::isRegularFile)
          .filter(f -> !f.getFileName().toString().startsWith("secrets."))
          .forEach(searched::add);
    }
    assertThat(searched)
        .extracting(p -> p.getFileName().toString())
        .contains("ledger.mv.db", "a.csv", "a.jsonl", "a.xes", "a.pdf");
    for (Path file : searched) {
      assertThat(contains(Files.readAllBytes(file), PASSWORD)).as(file.toString()).isFalse();
    }
    assertThat(out.toString()).doesNotContain(PASSWORD).contains("tell");
    assertThat(logs.toString(StandardCharsets.UTF_8)).doesNotContain(PASSWORD);
    Path control = dir.resolve("control.bin");
    Files.write(control, ("x" + PASSWORD + "y").getBytes(StandardCharsets.UTF_8));
    assertThat(contains(Files.readAllBytes(control), PASSWORD))
        .as("the search finds what is there")
        .isTrue();
  }

  private static boolean contains(byte[] haystack, String needle) throws IOException {
    for (byte[] form :
        List.of(
            needle.getBytes(StandardCharsets.UTF_8),
            needle.getBytes(StandardCharsets.UTF_16BE),
            needle.getBytes(StandardCharsets.UTF_16LE))) {
      outer:
      for (int i = 0; i + form.length <= haystack.length; i++) {
        for (int j = 0; j < form.length; j++) {
          if (haystack[i + j] != form[j]) {
            continue outer;
          }
        }
        return true;
      }
    }
    return false;
  }
}
