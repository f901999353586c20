package dev.ferry.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.engine.secrets.EncryptedFileSecretStore;
import dev.ferry.engine.spi.Secret;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SecretsCommandTest {
  @TempDir Path dataDir;

  record Result(int exitCode, String out, String err) {
    String all() {
      return out + err;
    }
  }

  private Result secrets(String stdin, Map<String, String> environment, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli =
        new CommandLine(
                new SecretsCommand(
                    new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                    environment,
                    null))
            .setOut(new PrintWriter(out, true))
            .setErr(new PrintWriter(err, true));
    return new Result(cli.execute(args), out.toString(), err.toString());
  }

  private Result secrets(String stdin, String... args) {
    return secrets(stdin, Map.of(), args);
  }

  private String dir() {
    return dataDir.toString();
  }

  private EncryptedFileSecretStore store(Map<String, String> environment) {
    return EncryptedFileSecretStore.inDataDirectory(dataDir, environment);
  }

  @Test
  void setStoresTheValueFromStandardInputWithoutItsLineEnd() {
    Result result = secrets("Sup3r-S3cret!\n", "set", "ledger-clerk.password", "--data-dir", dir());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .contains(
            "Stored secret 'ledger-clerk.password' in "
                + dataDir.resolve("secrets.enc").toAbsolutePath());
    assertThat(result.err())
        .contains("Created the key file " + dataDir.resolve("secrets.key").toAbsolutePath());
    assertThat(result.all()).doesNotContain("Sup3r-S3cret!");
    assertThat(store(Map.of()).find("ledger-clerk.password"))
        .map(Secret::reveal)
        .contains("Sup3r-S3cret!");
  }

  @Test
  void theEncryptedFileDoesNotContainTheValue() throws Exception {
    secrets("Sup3r-S3cret!", "set", "portal.password", "--data-dir", dir());

    assertThat(
            new String(
                Files.readAllBytes(dataDir.resolve("secrets.enc")), StandardCharsets.ISO_8859_1))
        .doesNotContain("Sup3r-S3cret!");
  }

  @Test
  void setTakesTheValueFromANamedEnvironmentVariable() {
    Result result =
        secrets(
            "",
            Map.of("PORTAL_PW", "from env ✓"),
            "set",
            "portal.password",
            "--value-from-env",
            "PORTAL_PW",
            "--data-dir",
            dir());

    assertThat(result.exitCode()).isZero();
    assertThat(store(Map.of()).find("portal.password")).map(Secret::reveal).contains("from env ✓");
  }

  @Test
  void setUsesTheKeyFromTheEnvironmentAndCreatesNoKeyFile() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    Map<String, String> environment =
        Map.of("FERRY_SECRETS_KEY", Base64.getEncoder().encodeToString(key));

    Result result = secrets("value-1", environment, "set", "a.b", "--data-dir", dir());

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).doesNotContain("key file");
    assertThat(dataDir.resolve("secrets.key")).doesNotExist();
    assertThat(store(environment).names()).containsExactly("a.b");
  }

  @Test
  void refusesAValueGivenOnTheCommandLine() {
    Result result = secrets("", "set", "portal.password", "hunter2-long", "--data-dir", dir());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("Unmatched argument");
    assertThat(dataDir.resolve("secrets.enc")).doesNotExist();
  }

  @Test
  void refusesAnEmptyValueAndAnInvalidNameAndStoresNothing() {
    Result empty = secrets("\n", "set", "portal.password", "--data-dir", dir());
    Result badName = secrets("value", "set", "bad name!", "--data-dir", dir());
    Result unsetVariable =
        secrets("", "set", "a.b", "--value-from-env", "NOT_SET", "--data-dir", dir());

    assertThat(empty.exitCode()).isEqualTo(1);
    assertThat(empty.err()).contains("ferry secrets set: no value on standard input");
    assertThat(badName.exitCode()).isEqualTo(1);
    assertThat(badName.err()).contains("a secret name uses letters, digits");
    assertThat(unsetVariable.err())
        .contains("the environment variable NOT_SET is not set or empty");
    assertThat(dataDir.resolve("secrets.enc")).doesNotExist();
  }

  @Test
  void listPrintsNamesOnlyOnePerLineSorted() {
    secrets("v-portal-pw", "set", "portal.password", "--data-dir", dir());
    secrets("v-clerk-user", "set", "ledger-clerk.username", "--data-dir", dir());

    Result result = secrets("", "--data-dir", dir(), "list");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .isEqualTo(
            "ledger-clerk.username"
                + System.lineSeparator()
                + "portal.password"
                + System.lineSeparator());
    assertThat(result.all()).doesNotContain("v-portal-pw").doesNotContain("v-clerk-user");
  }

  @Test
  void listSaysSoWhenThereIsNoFileYet() {
    Result result = secrets("", "list", "--data-dir", dir());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("No secrets file at");
  }

  @Test
  void removeDeletesASecretAndFailsForAnUnknownName() {
    secrets("value-1", "set", "a.b", "--data-dir", dir());
    secrets("value-2", "set", "c.d", "--data-dir", dir());

    Result removed = secrets("", "remove", "a.b", "--data-dir", dir());
    Result again = secrets("", "remove", "a.b", "--data-dir", dir());

    assertThat(removed.exitCode()).isZero();
    assertThat(removed.out()).contains("Removed secret 'a.b'");
    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.err()).contains("no secret named 'a.b'");
    assertThat(secrets("", "list", "--data-dir", dir()).out().strip()).isEqualTo("c.d");
  }

  @Test
  void aWrongKeyGivesTheClearMessageAndNoStackTrace() {
    secrets("value-1", "set", "a.b", "--data-dir", dir());
    byte[] otherKey = new byte[32];
    new SecureRandom().nextBytes(otherKey);

    Result result =
        secrets(
            "",
            Map.of("FERRY_SECRETS_KEY", Base64.getEncoder().encodeToString(otherKey)),
            "list",
            "--data-dir",
            dir());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .startsWith("ferry secrets list: cannot decrypt")
        .contains("with this key: wrong FERRY_SECRETS_KEY or the file was changed")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void withoutASubcommandItPrintsUsage() {
    Result result = secrets("", "--data-dir", dir());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("set").contains("list").contains("remove");
  }

  @Test
  void setPromptsTwiceAtATerminalWithoutEchoingTheValue() throws Exception {
    Assumptions.assumeTrue(
        Files.isExecutable(Path.of("/usr/bin/script")),
        "needs /usr/bin/script (Debian package bsdutils) for a pseudo-terminal");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String command =
        String.join(
            " ",
            List.of(
                quoted(java),
                "-cp",
                quoted(System.getProperty("java.class.path")),
                quoted(PromptAtTerminal.class.getName()),
                "set",
                "portal.password",
                "--data-dir",
                quoted(dir())));
    Process process =
        new ProcessBuilder("/usr/bin/script", "-qec", command, "/dev/null")
            .redirectErrorStream(true)
            .start();
    StringBuilder transcript = new StringBuilder();
    try (OutputStream keyboard = process.getOutputStream()) {
      InputStream screen = process.getInputStream();
      // Type only once the prompt shows: by then the terminal's echo is off.
      awaitText(screen, transcript, "Value of portal.password:");
      keyboard.write("typed-Secret-123\n".getBytes(StandardCharsets.UTF_8));
      keyboard.flush();
      awaitText(screen, transcript, "Again:");
      keyboard.write("typed-Secret-123\n".getBytes(StandardCharsets.UTF_8));
      keyboard.flush();
      awaitText(screen, transcript, "Stored secret");
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      process.destroyForcibly();
    }

    assertThat(process.exitValue()).isZero();
    assertThat(transcript.toString()).doesNotContain("typed-Secret-123");
    assertThat(store(Map.of()).find("portal.password"))
        .map(Secret::reveal)
        .contains("typed-Secret-123");
  }

  private static String quoted(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }

  private static void awaitText(InputStream screen, StringBuilder transcript, String expected)
      throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!transcript.toString().contains(expected)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no '" + expected + "' on the terminal; it showed: " + transcript);
      }
      if (screen.available() == 0) {
        // Polling, not a blocking read, so that a silent child cannot hang the build.
        Thread.sleep(20);
        continue;
      }
      int b = screen.read();
      if (b == -1) {
        throw new AssertionError("the terminal closed before '" + expected + "': " + transcript);
      }
      transcript.append((char) b);
    }
  }

  /** Runs {@code ferry secrets} in a child JVM attached to a pseudo-terminal. */
  static final class PromptAtTerminal {
    public static void main(String[] args) {
      System.exit(new CommandLine(new SecretsCommand()).execute(args));
    }
  }
}
