package dev.ferry.connector.terminal.testhost;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A scriptable TN5250 or TN3270 host on {@code 127.0.0.1}, plain or TLS, that runs one {@link
 * HostApplication} per connection. Start it with {@link #start5250} or {@link #start3270}; {@link
 * #close()} stops it and drops every connection.
 */
public final class TerminalHost implements AutoCloseable {

  private final ServerSocket server;
  private final Supplier<HostApplication> applications;
  private final HostOptions options;
  private final HostProtocol protocol;
  private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
  private final Thread acceptor;

  private TerminalHost(
      ServerSocket server,
      Supplier<HostApplication> applications,
      HostOptions options,
      HostProtocol protocol) {
    this.server = server;
    this.protocol = protocol;
    this.applications = applications;
    this.options = options;
    this.acceptor = new Thread(this::acceptLoop, "terminal-host-" + server.getLocalPort());
    acceptor.setDaemon(true);
  }

  /**
   * Serves TN5250 on {@code 127.0.0.1}.
   *
   * @param applications makes a fresh application for each connection
   * @throws UncheckedIOException when the port cannot be bound
   */
  public static TerminalHost start5250(
      Supplier<HostApplication> applications, HostOptions options) {
    return start(applications, options, new Tn5250Protocol());
  }

  /**
   * Serves TN3270 (RFC 1576, models 2 to 5) on {@code 127.0.0.1}.
   *
   * @param applications makes a fresh application for each connection
   * @throws UncheckedIOException when the port cannot be bound
   */
  public static TerminalHost start3270(
      Supplier<HostApplication> applications, HostOptions options) {
    return start(applications, options, new Tn3270Protocol());
  }

  private static TerminalHost start(
      Supplier<HostApplication> applications, HostOptions options, HostProtocol protocol) {
    Objects.requireNonNull(applications, "applications");
    Objects.requireNonNull(options, "options");
    try {
      InetAddress loopback = InetAddress.getLoopbackAddress();
      ServerSocket server =
          options.tls() == null
              ? new ServerSocket(options.port(), 50, loopback)
              : options
                  .tls()
                  .getServerSocketFactory()
                  .createServerSocket(options.port(), 50, loopback);
      TerminalHost host = new TerminalHost(server, applications, options, protocol);
      host.acceptor.start();
      return host;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on 127.0.0.1:" + options.port(), e);
    }
  }

  /** The port the host listens on. */
  public int port() {
    return server.getLocalPort();
  }

  public String host() {
    return "127.0.0.1";
  }

  public boolean tls() {
    return options.tls() != null;
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        connections.add(socket);
        Thread t =
            new Thread(
                () -> {
                  try {
                    new TerminalConnection(socket, applications.get(), options, protocol).run();
                  } finally {
                    connections.remove(socket);
                  }
                },
                "terminal-session-" + socket.getPort());
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        // closed by close(), or a failed TLS accept; keep serving others until closed
      }
    }
  }

  /** Stops listening and closes every open connection. */
  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException e) {
      // nothing left to do
    }
    for (Socket s : connections) {
      try {
        s.close();
      } catch (IOException e) {
        // already closed
      }
    }
  }
}
