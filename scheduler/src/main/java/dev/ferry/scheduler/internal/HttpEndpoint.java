package dev.ferry.scheduler.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.ferry.scheduler.NodeHealth;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Serves {@code GET /health} (200 when healthy, 503 with the problems otherwise) and {@code GET
 * /metrics} (Prometheus text) on the JDK's HTTP server.
 */
public final class HttpEndpoint implements AutoCloseable {
  private final HttpServer server;

  public HttpEndpoint(int port, Supplier<NodeHealth> health, PrometheusMeterRegistry metrics)
      throws IOException {
    server = HttpServer.create(new InetSocketAddress(port), 16);
    server.setExecutor(
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "ferry-http");
              t.setDaemon(true);
              return t;
            }));
    server.createContext(
        "/health",
        exchange -> {
          NodeHealth h = health.get();
          StringBuilder body = new StringBuilder(h.healthy() ? "UP\n" : "DOWN\n");
          h.problems().forEach(p -> body.append(p).append('\n'));
          send(exchange, h.healthy() ? 200 : 503, "text/plain; charset=utf-8", body.toString());
        });
    server.createContext(
        "/metrics",
        exchange ->
            send(exchange, 200, "text/plain; version=0.0.4; charset=utf-8", metrics.scrape()));
    server.start();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
