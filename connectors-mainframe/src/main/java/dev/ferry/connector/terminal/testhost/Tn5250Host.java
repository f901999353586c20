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
 * A scriptable TN5250 host on {@code 127.0.0.1}, plain or TLS, that runs one {@link
 * HostApplication} per connection. Start it with {@link #start}; {@link #close()} stops it and
 * drops every connection.
 */
public final class Tn5250Host implements AutoCloseable {

  private final ServerSocket server;
  private final Supplier<HostApplication> applications;
  private final HostOptions options;
  private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
  private final Thread acceptor;

  private Tn5250Host(
      ServerSocket server, Supplier<HostApplication> applications, HostOptions options) {
    this.server = server;
    this.applications = applications;
    this.options = options;
    this.acceptor = new Thread(this::acceptLoop, "tn5250-host-" + server.getLocalPort());
    acceptor.setDaemon(true);
  }

  /**
   * Listens on {@code 127.0.0.1} and starts accepting connections.
   *
   * @param applications makes a fresh application for each connection
   * @throws UncheckedIOException when the port cannot be bound
   */
  public static Tn5250Host start(Supplier<HostApplication> applications, HostOptions options) {
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
      Tn5250Host host = new Tn5250Host(server, applications, options);
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
                    new Tn5250Connection(socket, applications.get(), options).run();
                  } finally {
                    connections.remove(socket);
                  }
                },
                "tn5250-session-" + socket.getPort());
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
