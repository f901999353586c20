package dev.ferry.connector.terminal;

import dev.ferry.engine.spi.Param;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * The settings of a {@code tn3270} application in a process definition. Sessions run the {@code
 * s3270} program (Debian package {@code s3270}).
 *
 * @param host the z/OS (or other 3270) host name or address
 * @param port the telnet port; 23, or 992 with TLS, when left out
 * @param tls whether to connect with TLS; the certificate and host name are always verified (s3270
 *     checks DNS names only, so use a host name, not an IP address, with TLS)
 * @param trustCertificates a PEM file of the only CA certificates to trust; default: the system's
 * @param model the terminal model: {@code 3278-2} to {@code 3278-5} or {@code 3279-2} to {@code
 *     3279-5} (2 = 24x80, 3 = 32x80, 4 = 43x80, 5 = 27x132)
 * @param luName the LU (device) name to connect as, through TN3270E; the host assigns one when left
 *     out. A host that refuses it fails the session rather than connect as another LU
 * @param tn3270e whether to accept TN3270E (RFC 2355) when the host offers it; false keeps to plain
 *     TN3270 (RFC 1576), for hosts that misbehave with TN3270E
 * @param terminalType the terminal type sent to the host, such as {@code IBM-3278-2}, for a host
 *     that expects one; default: s3270's for the model ({@code IBM-3279-2-E})
 * @param codePage the host EBCDIC code page name as s3270 knows it, such as {@code cp037}
 * @param s3270 the s3270 program to run
 * @param connectTimeout how long connecting may take
 * @param timeout how long an action waits for the host when the step sets no timeout
 */
public record Tn3270Config(
    @Param("host name or address") String host,
    @Param(value = "telnet port; 23, or 992 with TLS", optional = true) Integer port,
    @Param(value = "connect with TLS", defaultValue = "false") Boolean tls,
    @Param(value = "PEM file of CA certificates to trust", optional = true)
        String trustCertificates,
    @Param(value = "3278-2..5 or 3279-2..5", defaultValue = "3279-2") String model,
    @Param(value = "LU name to connect as (TN3270E), 1 to 8 of A-Z 0-9 @ # $", optional = true)
        String luName,
    @Param(value = "accept TN3270E when the host offers it", defaultValue = "true") Boolean tn3270e,
    @Param(value = "terminal type sent to the host, such as IBM-3278-2", optional = true)
        String terminalType,
    @Param(value = "host code page, such as cp037", optional = true) String codePage,
    @Param(value = "the s3270 program", defaultValue = "s3270") String s3270,
    @Param(value = "how long connecting may take", defaultValue = "10s") Duration connectTimeout,
    @Param(value = "default wait for the host", defaultValue = "30s") Duration timeout) {

  public Tn3270Config {
    Objects.requireNonNull(host, "host");
    if (host.isBlank() || !host.matches("[A-Za-z0-9._:-]+")) {
      throw new IllegalArgumentException("host must be a host name or address: " + host);
    }
    tls = tls != null && tls;
    port = port != null ? port : (tls ? 992 : 23);
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port must be 1..65535: " + port);
    }
    model = model == null ? "3279-2" : model.strip().toLowerCase(Locale.ROOT);
    if (!model.matches("327[89]-[2-5]")) {
      throw new IllegalArgumentException("model must be 3278-2..5 or 3279-2..5: " + model);
    }
    if (trustCertificates != null && !tls) {
      throw new IllegalArgumentException("trust-certificates needs tls: true");
    }
    tn3270e = tn3270e == null || tn3270e;
    if (terminalType != null && !terminalType.matches("[A-Za-z0-9-]{1,40}")) {
      throw new IllegalArgumentException(
          "terminal-type is a name such as IBM-3278-2: " + terminalType);
    }
    if (luName != null && !tn3270e) {
      throw new IllegalArgumentException("lu-name needs TN3270E; leave out tn3270e: false");
    }
    if (luName != null) {
      luName = luName.strip().toUpperCase(Locale.ROOT);
      if (!luName.matches("[A-Z0-9@#$]{1,8}")) {
        throw new IllegalArgumentException(
            "lu-name is 1 to 8 of A-Z 0-9 @ # $, such as TSO0001: " + luName);
      }
    }
    if (codePage != null && !codePage.matches("[A-Za-z0-9_-]+")) {
      throw new IllegalArgumentException("code-page is a name such as cp037: " + codePage);
    }
    s3270 = s3270 == null ? "s3270" : s3270;
    connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
    timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
    if (connectTimeout.isNegative()
        || connectTimeout.isZero()
        || timeout.isNegative()
        || timeout.isZero()) {
      throw new IllegalArgumentException("connect-timeout and timeout must be positive");
    }
  }

  /** A plain model 2 (24x80) session to {@code host:port} with the defaults. */
  public static Tn3270Config of(String host, int port) {
    return new Tn3270Config(
        host, port, false, null, null, null, null, null, null, null, null, null);
  }

  /** The same settings, connecting as this LU. */
  public Tn3270Config withLuName(String name) {
    return withNegotiation(name, tn3270e, terminalType);
  }

  /** The same settings, in plain TN3270 (no TN3270E), sending this terminal type. */
  public Tn3270Config plainTn3270(String type) {
    return withNegotiation(null, false, type);
  }

  private Tn3270Config withNegotiation(String lu, boolean e, String type) {
    return new Tn3270Config(
        host,
        port,
        tls,
        trustCertificates,
        model,
        lu,
        e,
        type,
        codePage,
        s3270,
        connectTimeout,
        timeout);
  }

  /** Rows and columns of the model. */
  public int rows() {
    return switch (model.charAt(5)) {
      case '3' -> 32;
      case '4' -> 43;
      case '5' -> 27;
      default -> 24;
    };
  }

  public int cols() {
    return model.charAt(5) == '5' ? 132 : 80;
  }
}
