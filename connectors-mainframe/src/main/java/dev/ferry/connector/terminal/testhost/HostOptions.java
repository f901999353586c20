package dev.ferry.connector.terminal.testhost;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * How a test host behaves on the wire.
 *
 * @param port the port to listen on, 0 for an ephemeral one
 * @param tls the TLS context to serve with, or null for plain telnet
 * @param responseDelay how long the host "thinks" before each screen, to imitate a slow system
 * @param dropAfterInputs close the connection without a word when this many inputs were received,
 *     or 0 to never drop
 * @param luNames for a 3270 host, the LU names it offers through TN3270E (RFC 2355): the first is
 *     assigned to a client that asks for none, and a name not listed is rejected. Null for a host
 *     that speaks plain TN3270 (RFC 1576) only
 */
public record HostOptions(
    int port, SSLContext tls, Duration responseDelay, int dropAfterInputs, List<String> luNames) {
  public HostOptions {
    Objects.requireNonNull(responseDelay, "responseDelay");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535: " + port);
    }
    if (responseDelay.isNegative()) {
      throw new IllegalArgumentException("responseDelay cannot be negative");
    }
    if (dropAfterInputs < 0) {
      throw new IllegalArgumentException("dropAfterInputs cannot be negative");
    }
    if (luNames != null) {
      luNames = List.copyOf(luNames);
      if (luNames.isEmpty()) {
        throw new IllegalArgumentException("a TN3270E host offers at least one LU name");
      }
    }
  }

  /** Plain telnet on an ephemeral port, answering at once and never dropping. */
  public static HostOptions plain() {
    return new HostOptions(0, null, Duration.ZERO, 0, null);
  }

  public HostOptions withTls(SSLContext context) {
    return new HostOptions(port, context, responseDelay, dropAfterInputs, luNames);
  }

  public HostOptions withResponseDelay(Duration delay) {
    return new HostOptions(port, tls, delay, dropAfterInputs, luNames);
  }

  public HostOptions droppingAfter(int inputs) {
    return new HostOptions(port, tls, responseDelay, inputs, luNames);
  }

  public HostOptions onPort(int newPort) {
    return new HostOptions(newPort, tls, responseDelay, dropAfterInputs, luNames);
  }

  /** A 3270 host that speaks TN3270E and offers these LU names. */
  public HostOptions withLuNames(String... names) {
    return new HostOptions(port, tls, responseDelay, dropAfterInputs, List.of(names));
  }
}
