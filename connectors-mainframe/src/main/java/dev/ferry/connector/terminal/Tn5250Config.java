package dev.ferry.connector.terminal;

import dev.ferry.engine.spi.Param;
import java.time.Duration;
import java.util.Objects;

/**
 * The settings of a {@code tn5250} application in a process definition.
 *
 * @param host the IBM i host name or address
 * @param port the telnet port; 23, or 992 with TLS, when left out
 * @param tls whether to connect with TLS
 * @param trustCertificates a PEM file with the certificates to trust for this application; when
 *     left out the JVM's default trust store decides. Host names are always verified
 * @param screenSize {@code 24x80} or {@code 27x132}
 * @param deviceName the display device name to ask the host for, such as {@code FERRY01}
 * @param codePage the EBCDIC code page, such as {@code 37}
 * @param connectTimeout how long connecting may take
 * @param timeout how long an action waits for the host when the step sets no timeout
 */
public record Tn5250Config(
    @Param("IBM i host name or address") String host,
    @Param(value = "telnet port; 23, or 992 with TLS", optional = true) Integer port,
    @Param(value = "connect with TLS", defaultValue = "false") Boolean tls,
    @Param(
            value = "PEM file of certificates to trust; default: the JVM trust store",
            optional = true)
        String trustCertificates,
    @Param(value = "24x80 or 27x132", defaultValue = "24x80") String screenSize,
    @Param(value = "display device name to request", optional = true) String deviceName,
    @Param(value = "EBCDIC code page", defaultValue = "37") String codePage,
    @Param(value = "how long connecting may take", defaultValue = "10s") Duration connectTimeout,
    @Param(value = "default wait for the host", defaultValue = "30s") Duration timeout) {

  public Tn5250Config {
    Objects.requireNonNull(host, "host");
    if (host.isBlank()) {
      throw new IllegalArgumentException("host cannot be blank");
    }
    tls = tls != null && tls;
    port = port != null ? port : (tls ? 992 : 23);
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port must be 1..65535: " + port);
    }
    screenSize =
        screenSize == null ? "24x80" : screenSize.strip().toLowerCase(java.util.Locale.ROOT);
    if (!screenSize.equals("24x80") && !screenSize.equals("27x132")) {
      throw new IllegalArgumentException("screen-size must be 24x80 or 27x132: " + screenSize);
    }
    if (deviceName != null && !deviceName.matches("[A-Za-z0-9_$#@]{1,10}")) {
      throw new IllegalArgumentException(
          "device-name is 1 to 10 letters, digits, _ $ # or @: " + deviceName);
    }
    if (trustCertificates != null && !tls) {
      throw new IllegalArgumentException("trust-certificates needs tls: true");
    }
    codePage = codePage == null ? "37" : codePage;
    connectTimeout = positive(connectTimeout, Duration.ofSeconds(10), "connect-timeout");
    timeout = positive(timeout, Duration.ofSeconds(30), "timeout");
  }

  /** A plain 24x80 session to {@code host:port} with the defaults. */
  public static Tn5250Config of(String host, int port) {
    return new Tn5250Config(host, port, false, null, null, null, null, null, null);
  }

  public boolean wide() {
    return screenSize.equals("27x132");
  }

  private static Duration positive(Duration d, Duration def, String name) {
    Duration value = d == null ? def : d;
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
    return value;
  }
}
