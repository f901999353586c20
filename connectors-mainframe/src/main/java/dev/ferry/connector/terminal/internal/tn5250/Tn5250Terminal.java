package dev.ferry.connector.terminal.internal.tn5250;

import dev.ferry.connector.terminal.Field;
import dev.ferry.connector.terminal.HostRejectedException;
import dev.ferry.connector.terminal.Screen;
import dev.ferry.connector.terminal.Terminal;
import dev.ferry.connector.terminal.TerminalException;
import dev.ferry.connector.terminal.TerminalKey;
import dev.ferry.connector.terminal.Tn5250Config;
import dev.ferry.connector.terminal.internal.TlsRelay;
import dev.ferry.engine.spi.SecretRef;
import java.nio.file.Path;
import java.time.Duration;
import org.tn5250j.Session5250;
import org.tn5250j.framework.tn5250.Screen5250;
import org.tn5250j.framework.tn5250.ScreenField;
import org.tn5250j.framework.tn5250.ScreenOIA;
import org.tn5250j.keyboard.KeyMnemonic;

/** A 5250 session through tn5250j, headless. */
public final class Tn5250Terminal implements Terminal {
  private static final long ERROR_TEXT_WAIT_NANOS = 500_000_000L;

  /**
   * How long the error line must stay the same before it is read as the host's message: tn5250j
   * writes it character by character on its own thread, after it has set the error state.
   */
  private static final long ERROR_TEXT_SETTLE_NANOS = 30_000_000L;

  private final Tn5250Config config;
  private final String address;
  private final Session5250 session;
  private final TlsRelay relay;
  private final SecretRef credentials;
  private final Tn5250Signals signals = new Tn5250Signals();

  private Tn5250Terminal(
      Tn5250Config config, Session5250 session, TlsRelay relay, SecretRef credentials) {
    this.config = config;
    this.credentials = credentials;
    this.session = session;
    this.relay = relay;
    this.address =
        (config.tls() ? "tn5250s://" : "tn5250://") + config.host() + ":" + config.port();
  }

  /**
   * Connects and waits for the host's first screen.
   *
   * @param dataDirectory Ferry's data directory; tn5250j keeps its settings below it
   * @param name the session's name, for tn5250j's bookkeeping
   * @param credentials the application's credentials reference, or null
   * @throws TerminalException when the host cannot be reached, TLS fails, or no screen comes
   */
  public static Tn5250Terminal open(
      Tn5250Config config, Path dataDirectory, String name, SecretRef credentials) {
    Tn5250jHome.install(dataDirectory);
    TlsRelay relay = config.tls() ? Tn5250Wiring.relay(config) : null;
    Session5250 session =
        relay == null
            ? Tn5250Wiring.session(config, config.host(), config.port(), name)
            : Tn5250Wiring.session(config, "127.0.0.1", relay.localPort(), name);
    Tn5250Terminal terminal = new Tn5250Terminal(config, session, relay, credentials);
    terminal.connect();
    return terminal;
  }

  private void connect() {
    signals.listenTo(session);
    session.connect();
    long deadline = System.nanoTime() + config.connectTimeout().toNanos();
    long seen = signals.received();
    while (!(signals.connected() && !screen5250().getOIA().isKeyBoardLocked())) {
      String inhibited = screen5250().getOIA().getInhibitedText();
      boolean refused = inhibited != null && inhibited.contains("Disconnected");
      if (refused || signals.disconnected() || System.nanoTime() > deadline) {
        close();
        throw new TerminalException(
            (refused || signals.disconnected()
                    ? "Could not connect to " + address + "; the host refused or closed it."
                    : "No screen from " + address + " within " + config.connectTimeout() + ".")
                + " Check host, port and tls in the application's settings, and that the"
                + " host is up.",
            null);
      }
      pause(deadline, seen);
      seen = signals.received();
    }
  }

  private void pause(long deadline, long seen) {
    if (!signals.pause(deadline, seen)) {
      throw new TerminalException("Interrupted while waiting for " + address + ".", screen());
    }
  }

  private Screen5250 screen5250() {
    return session.getScreen();
  }

  @Override
  public Screen screen() {
    return Tn5250ScreenReader.read(screen5250());
  }

  @Override
  public void fill(Field field, String value) {
    ScreenField f = inputField(field.row(), field.col());
    if (value.length() > f.getLength()) {
      throw new TerminalException(
          "Value of " + value.length() + " characters does not fit field " + field + ".", screen());
    }
    f.setString(value);
  }

  @Override
  public void typeAt(int row, int col, String text) {
    ScreenField f = inputField(row, col);
    int offset = col - (f.startCol() + 1);
    StringBuilder content = new StringBuilder(f.getString());
    while (content.length() < f.getLength()) {
      content.append(' ');
    }
    if (offset + text.length() > f.getLength()) {
      throw new TerminalException(
          "Text of "
              + text.length()
              + " characters typed at row "
              + row
              + " col "
              + col
              + " runs past the end of its "
              + f.getLength()
              + "-character field.",
          screen());
    }
    content.replace(offset, offset + text.length(), text);
    f.setString(content.toString());
    screen5250().setCursor(row, col + text.length());
  }

  private ScreenField inputField(int row, int col) {
    for (ScreenField f : screen5250().getScreenFields().getFields()) {
      if (f != null
          && f.startRow() + 1 == row
          && col >= f.startCol() + 1
          && col < f.startCol() + 1 + f.getLength()) {
        if (f.isBypassField()) {
          throw new TerminalException(
              "The field at row " + row + " col " + col + " is protected.", screen());
        }
        return f;
      }
    }
    throw new TerminalException(
        "There is no input field at row "
            + row
            + " col "
            + col
            + " on "
            + address
            + ". Input fields here: "
            + screen().inputFields()
            + ".",
        screen());
  }

  @Override
  public void press(TerminalKey key, Duration timeout) {
    ensureConnected();
    Screen before = screen();
    switch (key) {
      case TAB -> screen5250().sendKeys(KeyMnemonic.TAB);
      case ERASE_EOF -> screen5250().sendKeys(KeyMnemonic.ERASE_EOF);
      case PA1, PA2, PA3 ->
          throw new TerminalException(
              "Key " + key + " exists only on 3270 terminals; 5250 uses PF keys.", before);
      default -> screen5250().sendAid(Tn5250Aid.of(key));
    }
    if (key.isAttention()) {
      awaitAnswer(key, timeout, before);
    }
  }

  private void awaitAnswer(TerminalKey key, Duration timeout, Screen before) {
    long deadline = System.nanoTime() + timeout.toNanos();
    long errorSince = 0;
    String errorText = "";
    long errorTextSince = 0;
    while (true) {
      long seen = signals.received();
      // tn5250j unlocks the keyboard when the connection drops, so check the line first
      if (lost()) {
        throw new TerminalException(
            "The host " + address + " closed the connection after " + key + ". Retry to reconnect.",
            before);
      }
      if (!screen5250().getOIA().isKeyBoardLocked()) {
        // tn5250j marks the input inhibited before it unlocks on disconnect: look once more
        if (lost()) {
          continue;
        }
        return;
      }
      if (screen5250().getOIA().getLevel() == ScreenOIA.OIA_LEVEL_INPUT_ERROR) {
        // the error line's text comes just after the state: wait until it is all there
        long now = System.nanoTime();
        errorSince = errorSince == 0 ? now : errorSince;
        String message = screen().messageLine();
        if (!message.equals(errorText)) {
          errorText = message;
          errorTextSince = now;
        }
        boolean settled = !message.isEmpty() && now - errorTextSince >= ERROR_TEXT_SETTLE_NANOS;
        if (settled || now - errorSince > ERROR_TEXT_WAIT_NANOS) {
          refuseAfterErrorCode(key, message);
        }
      }
      if (System.nanoTime() > deadline) {
        throw new TerminalException(
            "The keyboard stayed locked for "
                + timeout
                + " after "
                + key
                + " on "
                + address
                + "; the host did not answer. Raise the step's timeout if the host is slow.",
            screen());
      }
      pause(deadline, seen);
    }
  }

  /**
   * The host answered with Write Error Code: its message is on the error line and the keyboard
   * stays locked until Reset, as an operator would press it. The screen is left as it was, ready
   * for corrected input.
   */
  private void refuseAfterErrorCode(TerminalKey key, String message) {
    screen5250().sendKeys(KeyMnemonic.RESET);
    throw new HostRejectedException(
        "The host refused the input after "
            + key
            + " on "
            + address
            + " with an error on the error line: \""
            + message
            + "\". The keyboard was reset; correct the input and send it again.");
  }

  private boolean lost() {
    String inhibited = screen5250().getOIA().getInhibitedText();
    return signals.disconnected()
        || !session.isConnected()
        || (inhibited != null && inhibited.contains("Disconnected"));
  }

  private void ensureConnected() {
    if (lost()) {
      throw new TerminalException(
          "The session to " + address + " is disconnected. Retry to reconnect.", null);
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
    return !lost();
  }

  @Override
  public void close() {
    try {
      if (session.getVT() != null) {
        session.disconnect();
      }
    } catch (RuntimeException e) {
      // closing must not throw; tn5250j may already have torn down its socket
    }
    if (relay != null) {
      relay.close();
    }
  }
}
