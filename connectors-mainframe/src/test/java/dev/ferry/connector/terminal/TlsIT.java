package dev.ferry.connector.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.connector.terminal.testhost.ApLedgerHost;
import dev.ferry.connector.terminal.testhost.HostOptions;
import dev.ferry.connector.terminal.testhost.InvoiceBook;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsIT {
  @TempDir Path data;

  private static Tn5250Config tls(int port, String host, Path trust) {
    return new Tn5250Config(
        host, port, true, trust == null ? null : trust.toString(), null, null, null, null, null);
  }

  @Test
  void signsOnOverTlsWhenTheApplicationTrustsTheHostCertificate() {
    Path pem = ApLedgerHost.writeCertificate(data.resolve("ledger.pem"));
    try (LedgerFixture ledger =
            new LedgerFixture(
                InvoiceBook.demo(),
                HostOptions.plain().withTls(ApLedgerHost.testTlsContext()),
                data);
        Terminal terminal = ledger.open(tls(ledger.host.port(), "127.0.0.1", pem))) {
      assertThat(terminal.address()).startsWith("tn5250s://");
      LedgerFixture.signOn(terminal);
      assertThat(terminal.screen().contains("AP Ledger Main Menu")).isTrue();
    }
  }

  @Test
  void refusesAnUntrustedCertificateWithoutAskingAnyone() {
    try (LedgerFixture ledger =
        new LedgerFixture(
            InvoiceBook.demo(), HostOptions.plain().withTls(ApLedgerHost.testTlsContext()), data)) {
      assertThatThrownBy(() -> ledger.open(tls(ledger.host.port(), "127.0.0.1", null)))
          .isInstanceOf(TerminalException.class)
          .hasMessageContaining("TLS connection to 127.0.0.1:" + ledger.host.port() + " failed")
          .hasMessageContaining("PKIX path building failed")
          .hasMessageContaining("trust-certificates");
    }
  }

  @Test
  void refusesATrustedCertificateThatNamesAnotherHost() throws Exception {
    Path pem = data.resolve("wrong-name.pem");
    try (var in = TlsIT.class.getResourceAsStream("wrong-name.pem")) {
      java.nio.file.Files.write(pem, in.readAllBytes());
    }
    try (LedgerFixture ledger =
        new LedgerFixture(
            InvoiceBook.demo(), HostOptions.plain().withTls(wrongNameContext()), data)) {
      assertThatThrownBy(() -> ledger.open(tls(ledger.host.port(), "127.0.0.1", pem)))
          .isInstanceOf(TerminalException.class)
          .hasMessageContaining("failed")
          .hasMessageContaining("No subject alternative");
    }
  }

  /** A server certificate for other.example only, trusted by the client but not for 127.0.0.1. */
  private static javax.net.ssl.SSLContext wrongNameContext() throws Exception {
    char[] password = "wrong-name".toCharArray();
    java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
    try (var in = TlsIT.class.getResourceAsStream("wrong-name.p12")) {
      store.load(in, password);
    }
    var keys =
        javax.net.ssl.KeyManagerFactory.getInstance(
            javax.net.ssl.KeyManagerFactory.getDefaultAlgorithm());
    keys.init(store, password);
    var context = javax.net.ssl.SSLContext.getInstance("TLS");
    context.init(keys.getKeyManagers(), null, null);
    return context;
  }
}
