package dev.ferry.connector.terminal.testhost;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * The demo AP ledger served over TN5250 (or TN3270 with {@link #start3270}). Tests and the demo
 * start it with {@link #start}; {@code main} runs it until killed.
 *
 * <p>TLS uses a self-signed test certificate for {@code 127.0.0.1} and {@code localhost} that ships
 * in this jar; {@link #writeCertificate} writes it as PEM for a client's trust setting. It is for
 * tests and demos only.
 */
public final class ApLedgerHost implements AutoCloseable {

  private static final String KEYSTORE = "test-host.p12";
  private static final String CERTIFICATE = "test-host.pem";
  private static final char[] KEYSTORE_PASSWORD = "ferry-test-host".toCharArray();

  private final TerminalHost host;
  private final InvoiceBook book;

  private ApLedgerHost(TerminalHost host, InvoiceBook book) {
    this.host = host;
    this.book = book;
  }

  /** Starts the ledger on {@code 127.0.0.1}; port 0 picks a free one. */
  public static ApLedgerHost start(int port, boolean tls) {
    HostOptions options = HostOptions.plain().onPort(port);
    return start(InvoiceBook.demo(), tls ? options.withTls(testTlsContext()) : options);
  }

  /** Starts the ledger over TN5250 with the given data and wire behaviour. */
  public static ApLedgerHost start(InvoiceBook book, HostOptions options) {
    Clock clock = Clock.systemDefaultZone();
    return new ApLedgerHost(TerminalHost.start5250(() -> new ApLedger(book, clock), options), book);
  }

  /** Starts the same ledger over TN3270, for 3270 terminals (models 2 to 5). */
  public static ApLedgerHost start3270(InvoiceBook book, HostOptions options) {
    Clock clock = Clock.systemDefaultZone();
    return new ApLedgerHost(TerminalHost.start3270(() -> new ApLedger(book, clock), options), book);
  }

  public int port() {
    return host.port();
  }

  public String host() {
    return host.host();
  }

  /** The ledger's data: read back what the terminal posted. */
  public InvoiceBook book() {
    return book;
  }

  /** Every invoice posted so far. */
  public List<Invoice> invoices() {
    return book.invoices();
  }

  @Override
  public void close() {
    host.close();
  }

  /** A server TLS context with the bundled self-signed test certificate. */
  public static SSLContext testTlsContext() {
    try (InputStream in = resource(KEYSTORE)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, KEYSTORE_PASSWORD);
      KeyManagerFactory keys =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(store, KEYSTORE_PASSWORD);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys.getKeyManagers(), null, null);
      return context;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("the bundled test-host keystore cannot be loaded", e);
    }
  }

  /** Writes the test certificate (PEM) to {@code file}, for a client's trust setting. */
  public static Path writeCertificate(Path file) {
    try (InputStream in = resource(CERTIFICATE)) {
      Files.write(file, in.readAllBytes());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the test certificate to " + file, e);
    }
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = ApLedgerHost.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException("resource " + name + " is missing from the jar");
    }
    return in;
  }

  /**
   * Runs the ledger until the process is killed. Arguments: {@code [port] [tls] [3270]}, e.g.
   * {@code 2323} or {@code 9920 tls}; {@code 3270} serves TN3270 instead of TN5250; optional {@code
   * --seed N} posts N sample invoices and {@code --delay-ms N} makes every answer slow.
   */
  public static void main(String[] args) throws InterruptedException {
    int port = 2323;
    boolean tls = false;
    boolean tn3270 = false;
    int seed = 0;
    Duration delay = Duration.ZERO;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "tls" -> tls = true;
        case "3270" -> tn3270 = true;
        case "--seed" -> seed = Integer.parseInt(args[++i]);
        case "--delay-ms" -> delay = Duration.ofMillis(Long.parseLong(args[++i]));
        default -> port = Integer.parseInt(args[i]);
      }
    }
    HostOptions options = HostOptions.plain().onPort(port).withResponseDelay(delay);
    HostOptions served = tls ? options.withTls(testTlsContext()) : options;
    InvoiceBook book = InvoiceBook.demo().seed(seed);
    try (ApLedgerHost ledger = tn3270 ? start3270(book, served) : start(book, served)) {
      System.out.println(
          "AP ledger ("
              + (tn3270 ? "TN3270" : "TN5250")
              + (tls ? ", TLS" : "")
              + ") on 127.0.0.1:"
              + ledger.port());
      System.out.println("sign on as APCLERK / ledger1");
      Thread.currentThread().join();
    }
  }
}
