package dev.ferry.engine.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.ferry.engine.spi.BusinessException;
import dev.ferry.engine.spi.ConnectorSession;
import dev.ferry.engine.spi.SystemException;
import dev.ferry.engine.testing.TestActionContext;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpRequestActionTest {
  private HttpServer server;
  private String base;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/vendors/42",
        exchange -> reply(exchange, 200, "{\"id\":42,\"name\":\"ACME\",\"balance\":12.50}"));
    server.createContext("/missing", exchange -> reply(exchange, 404, "no such vendor"));
    server.createContext("/broken", exchange -> reply(exchange, 503, "maintenance"));
    server.createContext(
        "/echo",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          reply(
              exchange,
              201,
              "{\"got\":\""
                  + body
                  + "\",\"auth\":\""
                  + exchange.getRequestHeaders().getFirst("X-Key")
                  + "\"}");
        });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private static void reply(com.sun.net.httpserver.HttpExchange exchange, int status, String body)
      throws java.io.IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange
        .getResponseHeaders()
        .add("Content-Type", body.startsWith("{") ? "application/json" : "text/plain");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private HttpRequestAction.Output call(String path, String method, String body) {
    return new HttpRequestAction()
        .execute(
            new HttpRequestAction.Input(
                base + path, method, Map.of("X-Key", "k1"), body, Duration.ofSeconds(5), null),
            TestActionContext.forSession(ConnectorSession.NONE));
  }

  @Test
  void parsesAJsonResponse() {
    HttpRequestAction.Output output = call("/vendors/42", "GET", null);

    assertThat(output.status()).isEqualTo(200);
    assertThat(output.json()).isInstanceOf(Map.class);
    assertThat(((Map<?, ?>) output.json()).get("name")).isEqualTo("ACME");
  }

  @Test
  void sendsTheBodyAndHeaders() {
    HttpRequestAction.Output output = call("/echo", "POST", "hello");

    assertThat(output.status()).isEqualTo(201);
    assertThat(output.body()).contains("\"got\":\"hello\"").contains("\"auth\":\"k1\"");
  }

  @Test
  void aClientErrorIsABusinessFailureAndAServerErrorIsRetryable() {
    assertThatThrownBy(() -> call("/missing", "GET", null))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("answered 404");
    assertThatThrownBy(() -> call("/broken", "GET", null))
        .isInstanceOf(SystemException.class)
        .hasMessageContaining("answered 503");
  }

  @Test
  void aServerThatIsNotThereIsASystemFailureNamingTheAddress() {
    server.stop(0);
    assertThatThrownBy(() -> call("/vendors/42", "GET", null))
        .isInstanceOf(SystemException.class)
        .hasMessageContaining(base);
  }
}
