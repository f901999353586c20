package dev.ferry.connector.terminal.testhost;

import java.time.Duration;
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
 */
public record HostOptions(int port, SSLContext tls, Duration responseDelay, int dropAfterInputs) {
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
  }

  /** Plain telnet on an ephemeral port, answering at once and never dropping. */
  public static HostOptions plain() {
    return new HostOptions(0, null, Duration.ZERO, 0);
  }

  public HostOptions withTls(SSLContext context) {
    return new HostOptions(port, context, responseDelay, dropAfterInputs);
  }

  public HostOptions withResponseDelay(Duration delay) {
    return new HostOptions(port, tls, delay, dropAfterInputs);
  }

  public HostOptions droppingAfter(int inputs) {
    return new HostOptions(port, tls, responseDelay, inputs);
  }

  public HostOptions onPort(int newPort) {
    return new HostOptions(newPort, tls, responseDelay, dropAfterInputs);
  }
}
