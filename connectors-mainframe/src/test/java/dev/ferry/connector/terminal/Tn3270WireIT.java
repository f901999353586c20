package dev.ferry.connector.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.connector.terminal.action.PressAction;
import dev.ferry.connector.terminal.testhost.ApLedgerHost;
import dev.ferry.connector.terminal.testhost.HostOptions;
import dev.ferry.connector.terminal.testhost.InvoiceBook;
import dev.ferry.engine.testing.TestActionContext;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TLS, a dropped connection and a slow host, through s3270. */
class Tn3270WireIT {
  @TempDir Path data;

  @BeforeEach
  void needsS3270() {
    S3270Available.assume();
  }

  private Terminal open(ApLedgerHost host, boolean tls, Path trust) {
    Tn3270Config config =
        new Tn3270Config(
            // s3270 verifies DNS names only; the test certificate names localhost
            tls ? "localhost" : host.host(),
            host.port(),
            tls,
            trust == null ? null : trust.toString(),
            null,
            null,
            null,
            null,
            null,
            null,
            Duration.ofSeconds(5),
            null);
    return (Terminal)
        new Tn3270Connector()
            .open(
                config,
                LedgerFixture.sessionContext(data, LedgerFixture.CLERK, LedgerFixture.SECRETS));
  }

  private static ApLedgerHost tlsHost() {
    return ApLedgerHost.start3270(
        InvoiceBook.demo(), HostOptions.plain().withTls(ApLedgerHost.testTlsContext()));
  }

  @Test
  void signsOnOverTlsWhenTheHostCertificateIsTrusted() {
    Path pem = ApLedgerHost.writeCertificate(data.resolve("ledger.pem"));
    try (ApLedgerHost host = tlsHost();
        Terminal terminal = open(host, true, pem)) {
      assertThat(terminal.address()).startsWith("tn3270s://");
      LedgerFixture.signOn(terminal);
      assertThat(terminal.screen().contains("AP Ledger Main Menu")).isTrue();
    }
  }

  @Test
  void refusesAnUntrustedCertificate() {
    try (ApLedgerHost host = tlsHost()) {
      assertThatThrownBy(() -> open(host, true, null))
          .isInstanceOf(TerminalException.class)
          .hasMessageContaining("Could not connect to tn3270s://localhost:" + host.port());
    }
  }

  @Test
  void aDroppedConnectionIsASystemFailureAndTheSessionTurnsUnhealthy() {
    try (ApLedgerHost host =
            ApLedgerHost.start3270(InvoiceBook.demo(), HostOptions.plain().droppingAfter(1));
        Terminal terminal = open(host, false, null)) {
      TestActionContext context = TestActionContext.forSession(terminal);

      assertThatThrownBy(
              () -> new PressAction().execute(new PressAction.Input("enter", null), context))
          .isInstanceOf(TerminalException.class)
          .hasMessageContaining("closed the connection after ENTER");
      assertThat(terminal.isHealthy()).isFalse();
    }
  }

  @Test
  void waitsForASlowHostAndFailsWhenTheTimeoutIsShorter() {
    try (ApLedgerHost host =
            ApLedgerHost.start3270(
                InvoiceBook.demo(), HostOptions.plain().withResponseDelay(Duration.ofMillis(400)));
        Terminal terminal = open(host, false, null)) {
      TestActionContext context = TestActionContext.forSession(terminal);

      new PressAction().execute(new PressAction.Input("enter", null), context);
      assertThat(terminal.screen().messageLine()).isEqualTo("CPD0020 User profile is required.");

      assertThatThrownBy(
              () ->
                  new PressAction()
                      .execute(new PressAction.Input("enter", Duration.ofMillis(100)), context))
          .isInstanceOf(TerminalException.class)
          .hasMessageContaining("keyboard stayed locked for PT0.1S");
      // the late answer is collected before the next action
      assertThat(terminal.screen().contains("Sign On")).isTrue();
    }
  }
}
