package dev.ferry.bench.terminal;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * The raw-socket baseline: a loopback server that answers every request of a fixed size with a
 * reply of a fixed size, the shape of a terminal round trip without any protocol.
 */
final class EchoServer implements AutoCloseable {
  private final ServerSocket server;
  private final int replySize;
  private final Thread thread;

  private EchoServer(ServerSocket server, int replySize) {
    this.server = server;
    this.replySize = replySize;
    this.thread = new Thread(this::serve, "bench-echo");
    thread.setDaemon(true);
  }

  static EchoServer start(int replySize) throws IOException {
    EchoServer echo =
        new EchoServer(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()), replySize);
    echo.thread.start();
    return echo;
  }

  private void serve() {
    try (Socket socket = server.accept()) {
      socket.setTcpNoDelay(true);
      InputStream in = socket.getInputStream();
      OutputStream out = socket.getOutputStream();
      int requestSize = in.read();
      byte[] request = new byte[requestSize];
      byte[] reply = new byte[replySize];
      DataInputStream data = new DataInputStream(in);
      while (true) {
        data.readFully(request);
        out.write(reply);
        out.flush();
      }
    } catch (IOException closed) {
      // the client went away or the server was closed: the baseline is over
    }
  }

  int replySize() {
    return replySize;
  }

  /** Connects a client that sends {@code requestSize} bytes (at most 255) per round trip. */
  Client connect(int requestSize) throws IOException {
    Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
    socket.setTcpNoDelay(true);
    socket.getOutputStream().write(requestSize);
    return new Client(socket, new byte[requestSize], new byte[replySize]);
  }

  @Override
  public void close() throws IOException {
    server.close();
  }

  /** One connection to the server. */
  static final class Client implements AutoCloseable {
    private final Socket socket;
    private final byte[] request;
    private final byte[] reply;
    private final DataInputStream in;

    private Client(Socket socket, byte[] request, byte[] reply) throws IOException {
      this.socket = socket;
      this.request = request;
      this.reply = reply;
      this.in = new DataInputStream(socket.getInputStream());
    }

    void roundTrip() {
      try {
        socket.getOutputStream().write(request);
        in.readFully(reply);
      } catch (IOException e) {
        throw new UncheckedIOException("the raw-socket baseline lost its connection", e);
      }
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
