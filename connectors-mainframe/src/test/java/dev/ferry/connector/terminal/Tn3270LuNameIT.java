package dev.ferry.connector.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.connector.terminal.testhost.ApLedgerHost;
import dev.ferry.connector.terminal.testhost.HostOptions;
import dev.ferry.connector.terminal.testhost.InvoiceBook;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Named 3270 sessions: s3270 asks a TN3270E host (RFC 2355) for an LU name, and a session the host
 * would not give that name fails instead of running on another LU.
 */
class Tn3270LuNameIT {
  @TempDir Path data;

  @BeforeEach
  void needsS3270() {
    S3270Available.assume();
  }

  private Terminal open(ApLedgerHost host, String luName) {
    Tn3270Config config = Tn3270Config.of(host.host(), host.port()).withLuName(luName);
    return (Terminal)
        new Tn3270Connector()
            .open(
                config,
                LedgerFixture.sessionContext(data, LedgerFixture.CLERK, LedgerFixture.SECRETS));
  }

  private static ApLedgerHost tn3270eHost() {
    return ApLedgerHost.start3270(
        InvoiceBook.demo(), HostOptions.plain().withLuNames("FERRY01", "FERRY02"));
  }

  @Test
  void connectsAsTheLuItAsksForAndWorksThroughTn3270eRecords() {
    try (ApLedgerHost host = tn3270eHost();
        Terminal terminal = open(host, "ferry02")) {
      // the sign-on screen shows the device the host connected
      assertThat(terminal.screen().textAt(4, 1, 80)).contains("FERRY02");
      LedgerFixture.signOn(terminal);
      assertThat(terminal.screen().contains("AP Ledger Main Menu")).isTrue();
    }
  }

  @Test
  void withoutAnLuNameTheHostAssignsOne() {
    try (ApLedgerHost host = tn3270eHost();
        Terminal terminal = open(host, null)) {
      assertThat(terminal.screen().textAt(4, 1, 80)).contains("FERRY01");
    }
  }

  @Test
  void anLuTheHostRefusesFailsTheSession() {
    try (ApLedgerHost host = tn3270eHost()) {
      assertThatThrownBy(() -> open(host, "OTHER99"))
          .isInstanceOf(TerminalException.class)
          .hasMessageContaining("did not connect this session as LU OTHER99")
          .hasMessageContaining("lu-name");
    }
  }

  @Test
  void anLuNameOnAHostWithoutTn3270eFailsTheSession() {
    try (ApLedgerHost host = ApLedgerHost.start3270(InvoiceBook.demo(), HostOptions.plain())) {
      assertThatThrownBy(() -> open(host, "FERRY01"))
          .isInstanceOf(TerminalException.class)
          .hasMessageContaining("did not connect this session as LU FERRY01");
    }
  }
}
