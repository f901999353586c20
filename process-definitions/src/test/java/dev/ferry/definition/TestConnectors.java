package dev.ferry.definition;

import dev.ferry.engine.ConnectorRegistry;
import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.ActionContext;
import dev.ferry.engine.spi.Connector;
import dev.ferry.engine.spi.ConnectorSession;
import dev.ferry.engine.spi.DocumentRef;
import dev.ferry.engine.spi.NoConfig;
import dev.ferry.engine.spi.NoOutput;
import dev.ferry.engine.spi.Param;
import dev.ferry.engine.spi.SecretRef;
import dev.ferry.engine.spi.SessionContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Small connectors for loader tests: a core-like connector, a mail connector that needs settings,
 * and two terminal connectors that both offer terminal.fill. The loader never runs actions, so
 * their execute methods only echo their input.
 */
final class TestConnectors {
  private TestConnectors() {}

  static ConnectorRegistry registry() {
    return new ConnectorRegistry(
        List.of(new Core(), new Mail(), new Terminal("tn5250"), new Terminal("tn3270")));
  }

  enum Level {
    INFO,
    WARN,
    ERROR
  }

  enum Key {
    ENTER,
    F3,
    PAGE_DOWN
  }

  record LogInput(
      @Param("The text to log.") String message,
      @Param(value = "info, warn or error.", defaultValue = "info") Level level) {}

  record SetInput(@Param("Variable name to value.") Map<String, Object> variables) {}

  record AssertInput(
      @Param("Must be true.") Boolean condition,
      @Param(value = "The failure code.", defaultValue = "ASSERTION_FAILED") String code,
      @Param(value = "Why it failed.", optional = true) String message) {}

  record HttpInput(
      @Param("The URL.") String url,
      @Param(value = "The method.", defaultValue = "GET") String method,
      @Param(value = "Headers.", optional = true) Map<String, String> headers,
      @Param(value = "How long to wait.", defaultValue = "30s") Duration timeout,
      @Param(value = "Accepted status codes.", optional = true) List<Integer> expectStatus) {}

  record HttpOutput(int status, String body) {}

  record PostInput(
      @Param("The amount, exact.") BigDecimal amount,
      @Param("The booking date.") LocalDate date,
      @Param(value = "How many copies.", defaultValue = "1") int copies,
      @Param(value = "The scanned invoice.", optional = true) DocumentRef document,
      @Param(value = "The approver's secret.", optional = true) SecretRef approver) {}

  record MailConfig(
      @Param("The SMTP host.") String host,
      @Param(value = "The SMTP port.", defaultValue = "25") int port,
      @Param("The sender address.") String from) {}

  record SendInput(@Param("Recipients.") List<String> to, String subject, String body) {}

  record SendOutput(String messageId) {}

  record TerminalConfig(@Param("The host name.") String host) {}

  record FillInput(
      @Param("Field label to value.") Map<String, String> fields,
      @Param(value = "The key to press.", defaultValue = "enter") Key key) {}

  record ExpectInput(@Param("Text the screen must show.") String screen) {}

  record Echo<I extends Record, O extends Record>(
      String name, Class<I> inputType, Class<O> outputType, boolean idempotent, String unavailable)
      implements Action<I, O> {
    static <I extends Record, O extends Record> Echo<I, O> of(
        String name, Class<I> input, Class<O> output) {
      return new Echo<>(name, input, output, false, null);
    }

    @Override
    public String description() {
      return "Test action " + name + ".";
    }

    @Override
    public String unavailableReason() {
      return unavailable;
    }

    @Override
    public O execute(I input, ActionContext context) {
      throw new UnsupportedOperationException("definition tests load actions, never run them");
    }
  }

  static final class Core implements Connector<NoConfig> {
    @Override
    public String id() {
      return "core";
    }

    @Override
    public String description() {
      return "Built-in test actions.";
    }

    @Override
    public Class<NoConfig> configType() {
      return NoConfig.class;
    }

    @Override
    public List<Action<?, ?>> actions() {
      return List.of(
          Echo.of("log", LogInput.class, NoOutput.class),
          Echo.of("set", SetInput.class, NoOutput.class),
          Echo.of("assert", AssertInput.class, NoOutput.class),
          Echo.of("http.request", HttpInput.class, HttpOutput.class),
          Echo.of("ledger.post", PostInput.class, NoOutput.class),
          new Echo<>("desktop.click", ExpectInput.class, NoOutput.class, false, "Windows only"));
    }

    @Override
    public ConnectorSession open(NoConfig config, SessionContext context) {
      return ConnectorSession.NONE;
    }
  }

  static final class Mail implements Connector<MailConfig> {
    @Override
    public String id() {
      return "mail";
    }

    @Override
    public String description() {
      return "Sends mail over SMTP.";
    }

    @Override
    public Class<MailConfig> configType() {
      return MailConfig.class;
    }

    @Override
    public List<Action<?, ?>> actions() {
      return List.of(Echo.of("mail.send", SendInput.class, SendOutput.class));
    }

    @Override
    public ConnectorSession open(MailConfig config, SessionContext context) {
      return ConnectorSession.NONE;
    }
  }

  static final class Terminal implements Connector<TerminalConfig> {
    private final String id;

    Terminal(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public String description() {
      return "A green-screen terminal.";
    }

    @Override
    public Class<TerminalConfig> configType() {
      return TerminalConfig.class;
    }

    @Override
    public List<Action<?, ?>> actions() {
      return List.of(
          Echo.of("terminal.fill", FillInput.class, NoOutput.class),
          new Echo<>("terminal.expect", ExpectInput.class, NoOutput.class, true, null));
    }

    @Override
    public String checkAction() {
      return "terminal.expect";
    }

    @Override
    public ConnectorSession open(TerminalConfig config, SessionContext context) {
      return ConnectorSession.NONE;
    }
  }
}
