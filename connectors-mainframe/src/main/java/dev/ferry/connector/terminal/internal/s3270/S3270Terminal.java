package dev.ferry.connector.terminal.internal.s3270;

import dev.ferry.connector.terminal.Field;
import dev.ferry.connector.terminal.Screen;
import dev.ferry.connector.terminal.Terminal;
import dev.ferry.connector.terminal.TerminalException;
import dev.ferry.connector.terminal.TerminalKey;
import dev.ferry.connector.terminal.Tn3270Config;
import dev.ferry.engine.spi.SecretRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A 3270 session through an s3270 subprocess. */
public final class S3270Terminal implements Terminal {
  private static final Duration QUICK = Duration.ofSeconds(5);

  private final Tn3270Config config;
  private final S3270Process s3270;
  private final SecretRef credentials;
  private final String address;
  private volatile boolean lost;

  private S3270Terminal(Tn3270Config config, S3270Process s3270, SecretRef credentials) {
    this.config = config;
    this.s3270 = s3270;
    this.credentials = credentials;
    this.address =
        (config.tls() ? "tn3270s://" : "tn3270://") + config.host() + ":" + config.port();
  }

  /**
   * Starts s3270, connects and waits for the first screen that accepts input.
   *
   * @param dataDirectory Ferry's data directory, for files s3270 needs
   * @param credentials the application's credentials reference, or null
   * @throws TerminalException when s3270 is missing, the host cannot be reached or TLS fails
   */
  public static S3270Terminal open(Tn3270Config config, Path dataDirectory, SecretRef credentials) {
    List<String> command = new ArrayList<>(List.of(config.s3270(), "-model", config.model()));
    command.addAll(List.of("-connecttimeout", Long.toString(seconds(config.connectTimeout()))));
    if (config.codePage() != null) {
      command.addAll(List.of("-codepage", config.codePage()));
    }
    if (config.terminalType() != null) {
      command.addAll(List.of("-tn", config.terminalType()));
    }
    Map<String, String> environment = new HashMap<>();
    if (config.trustCertificates() != null) {
      // s3270 4.1's -cafile fails verification here even for a valid chain; OpenSSL's own
      // variables work. An empty directory keeps the system CAs out: this file alone is trusted.
      Path noCaDirectory = dataDirectory.resolve("s3270").resolve("no-ca-directory");
      try {
        Files.createDirectories(noCaDirectory);
      } catch (IOException e) {
        throw new TerminalException(
            "Cannot create " + noCaDirectory + ": " + e.getMessage(), null, e);
      }
      environment.put(
          "SSL_CERT_FILE", Path.of(config.trustCertificates()).toAbsolutePath().toString());
      environment.put("SSL_CERT_DIR", noCaDirectory.toAbsolutePath().toString());
    }
    S3270Process process;
    try {
      process = S3270Process.start(command, environment);
    } catch (IOException e) {
      throw new TerminalException(
          "Cannot run "
              + config.s3270()
              + ": "
              + e.getMessage()
              + ". Install the s3270 package (apt-get install s3270) or set s3270: in the"
              + " application's settings.",
          null,
          e);
    }
    S3270Terminal terminal = new S3270Terminal(config, process, credentials);
    terminal.connect();
    return terminal;
  }

  private void connect() {
    String target =
        (config.tls() ? "L:" : "")
            + (config.tn3270e() ? "" : "N:")
            + (config.luName() == null ? "" : config.luName() + "@")
            + config.host()
            + ":"
            + config.port();
    S3270Process.Reply reply =
        run("Connect(" + target + ")", config.connectTimeout().plus(QUICK), null);
    if (reply.ok()) {
      reply =
          run(
              "Wait(" + seconds(config.connectTimeout()) + ",InputField)",
              config.connectTimeout().plus(QUICK),
              null);
    }
    if (!reply.ok()) {
      close();
      throw new TerminalException(
          "Could not connect to "
              + address
              + ": "
              + String.join(" ", reply.data()).strip()
              + ". Check host, port, tls and trust-certificates in the application's settings.",
          null);
    }
    if (config.luName() != null) {
      checkLuName();
    }
  }

  /**
   * s3270 falls back to plain TN3270, where the host picks the LU, when the host rejects the LU
   * name or does not speak TN3270E (and then still reports the name it asked for as its LU); a
   * session on another LU than the one asked for is refused.
   */
  private void checkLuName() {
    String state = query("ConnectionState");
    String lu = query("LuName");
    if (!state.equals("connected-tn3270e") || !lu.equalsIgnoreCase(config.luName())) {
      close();
      throw new TerminalException(
          "The host "
              + address
              + " did not connect this session as LU "
              + config.luName()
              + " ("
              + state
              + "): it refused the name, or does not speak TN3270E. Check lu-name in the"
              + " application's settings.",
          null);
    }
  }

  private String query(String what) {
    S3270Process.Reply reply = run("Query(" + what + ")", QUICK, null);
    return reply.ok() ? String.join("", reply.data()).strip() : "";
  }

  private static long seconds(Duration d) {
    return Math.max(1, (d.toMillis() + 999) / 1000);
  }

  private S3270Process.Reply run(String action, Duration timeout, Screen context) {
    try {
      S3270Process.Reply reply = s3270.run(action, timeout);
      if (reply == null) {
        // typed text may be a password: never repeat it
        String shown = action.startsWith("String(") ? "typing" : action;
        throw new TerminalException(
            "s3270 did not answer " + shown + " within " + timeout + " on " + address + ".",
            context);
      }
      String[] status = reply.statusFields();
      if (status.length > 3 && !status[3].startsWith("C(")) {
        lost = true;
      }
      return reply;
    } catch (IOException e) {
      lost = true;
      throw new TerminalException(
          "The s3270 session to " + address + " ended: " + e.getMessage() + ".", context, e);
    }
  }

  @Override
  public Screen screen() {
    S3270Process.Reply reply = run("ReadBuffer(Ascii)", QUICK, null);
    if (!reply.ok() || reply.data().isEmpty()) {
      lost = true;
      throw new TerminalException(
          "Cannot read the screen of " + address + ": " + String.join(" ", reply.data()), null);
    }
    return S3270ScreenReader.read(reply.data(), reply.statusFields());
  }

  @Override
  public void fill(Field field, String value) {
    inputFieldAt(field.row(), field.col());
    if (value.length() > field.length()) {
      throw new TerminalException(
          "Value of " + value.length() + " characters does not fit field " + field + ".", screen());
    }
    keyboardAction("MoveCursor(" + (field.row() - 1) + "," + (field.col() - 1) + ")");
    keyboardAction("EraseEOF");
    if (!value.isEmpty()) {
      keyboardAction("String(" + quote(value) + ")");
    }
  }

  @Override
  public void typeAt(int row, int col, String text) {
    Field f = inputFieldAt(row, col);
    if (col - f.col() + text.length() > f.length()) {
      throw new TerminalException(
          "Text of "
              + text.length()
              + " characters typed at row "
              + row
              + " col "
              + col
              + " runs past the end of its "
              + f.length()
              + "-character field.",
          screen());
    }
    keyboardAction("MoveCursor(" + (row - 1) + "," + (col - 1) + ")");
    keyboardAction("String(" + quote(text) + ")");
  }

  private Field inputFieldAt(int row, int col) {
    Screen screen = screen();
    return screen.inputFields().stream()
        .filter(f -> f.covers(row, col))
        .findFirst()
        .orElseThrow(
            () ->
                new TerminalException(
                    "There is no input field at row "
                        + row
                        + " col "
                        + col
                        + " on "
                        + address
                        + ". Input fields here: "
                        + screen.inputFields()
                        + ".",
                    screen));
  }

  private void keyboardAction(String action) {
    S3270Process.Reply reply = run(action, QUICK, null);
    if (!reply.ok() || reply.statusFields()[0].equals("E")) {
      Screen screen = screen();
      run("Reset", QUICK, screen);
      throw new TerminalException(
          "The terminal refused "
              + action.replaceAll("String\\(.*\\)", "typing")
              + " on "
              + address
              + ": "
              + String.join(" ", reply.data()).strip()
              + ".",
          screen);
    }
  }

  static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  @Override
  public void press(TerminalKey key, Duration timeout) {
    if (lost) {
      throw new TerminalException("The session to " + address + " is disconnected.", null);
    }
    Screen before = screen();
    String action = S3270Keys.action(key);
    if (action == null) {
      throw new TerminalException("Key " + key + " does not exist on 3270 terminals.", before);
    }
    S3270Process.Reply reply;
    try {
      reply = run(action, timeout, before);
    } catch (TerminalException e) {
      throw new TerminalException(
          "The keyboard stayed locked for "
              + timeout
              + " after "
              + key
              + " on "
              + address
              + "; the host did not answer. Raise the step's timeout if the host is slow.",
          before,
          e);
    }
    if (lost) {
      throw new TerminalException(
          "The host " + address + " closed the connection after " + key + ". Retry to reconnect.",
          before);
    }
    if (!reply.ok()) {
      throw new TerminalException(
          key + " failed on " + address + ": " + String.join(" ", reply.data()).strip() + ".",
          before);
    }
  }

  @Override
  public Duration defaultTimeout() {
    return config.timeout();
  }

  @Override
  public SecretRef credentials() {
    return credentials;
  }

  @Override
  public String address() {
    return address;
  }

  @Override
  public boolean isHealthy() {
    if (lost || !s3270.isAlive()) {
      return false;
    }
    try {
      run("", QUICK, null);
    } catch (TerminalException e) {
      return false;
    }
    return !lost;
  }

  @Override
  public void close() {
    s3270.close();
  }
}
