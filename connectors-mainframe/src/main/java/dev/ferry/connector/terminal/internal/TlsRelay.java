package dev.ferry.connector.terminal.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * Carries an emulator's plain connection over TLS that Ferry controls. tn5250j's own TLS trusts
 * only {@code ~/.tn5250j/keystore}, skips hostname checks and asks through a dialog; instead the
 * emulator connects to a loopback port that accepts exactly one connection, and this relay speaks
 * verified TLS (certificate and host name) to the real host.
 */
public final class TlsRelay implements AutoCloseable {

  private final SSLSocket remote;
  private final ServerSocket local;
  private volatile Socket accepted;

  private TlsRelay(SSLSocket remote, ServerSocket local) {
    this.remote = remote;
    this.local = local;
  }

  /**
   * Connects and completes the TLS handshake before returning, so a certificate problem surfaces
   * here with its reason.
   *
   * @throws IOException when the host cannot be reached or its certificate is not trusted
   */
  public static TlsRelay open(SSLContext context, String host, int port, Duration timeout)
      throws IOException {
    SSLSocket remote = (SSLSocket) context.getSocketFactory().createSocket();
    try {
      remote.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
      SSLParameters params = remote.getSSLParameters();
      params.setEndpointIdentificationAlgorithm("HTTPS");
      remote.setSSLParameters(params);
      remote.setSoTimeout((int) timeout.toMillis());
      remote.startHandshake();
      remote.setSoTimeout(0);
      remote.setTcpNoDelay(true);
      ServerSocket local = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
      TlsRelay relay = new TlsRelay(remote, local);
      Thread t = new Thread(relay::acceptAndPump, "tls-relay-" + host + ":" + port);
      t.setDaemon(true);
      t.start();
      return relay;
    } catch (IOException | RuntimeException e) {
      remote.close();
      throw e;
    }
  }

  /** The loopback port the emulator connects to. */
  public int localPort() {
    return local.getLocalPort();
  }

  private void acceptAndPump() {
    try (local) {
      Socket s = local.accept();
      s.setTcpNoDelay(true);
      accepted = s;
      Thread back = new Thread(() -> pump(remote, s), "tls-relay-in");
      back.setDaemon(true);
      back.start();
      pump(s, remote);
    } catch (IOException e) {
      close();
    }
  }

  private void pump(Socket from, Socket to) {
    byte[] buffer = new byte[8192];
    try {
      InputStream in = from.getInputStream();
      OutputStream out = to.getOutputStream();
      int n;
      while ((n = in.read(buffer)) >= 0) {
        out.write(buffer, 0, n);
        out.flush();
      }
    } catch (IOException e) {
      // either side closed; closing both ends tells the other side
    } finally {
      close();
    }
  }

  @Override
  public void close() {
    closeQuietly(remote);
    closeQuietly(accepted);
    try {
      local.close();
    } catch (IOException e) {
      // nothing to do
    }
  }

  private static void closeQuietly(Socket s) {
    if (s != null) {
      try {
        s.close();
      } catch (IOException e) {
        // nothing to do
      }
    }
  }
}
