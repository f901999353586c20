package dev.ferry.engine.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.ActionContext;
import dev.ferry.engine.spi.BusinessException;
import dev.ferry.engine.spi.CancelledException;
import dev.ferry.engine.spi.Param;
import dev.ferry.engine.spi.SystemException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code http.request}: calls an HTTP API. */
final class HttpRequestAction implements Action<HttpRequestAction.Input, HttpRequestAction.Output> {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_BODY = 10 * 1024 * 1024;
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NORMAL)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  record Input(
      @Param("The address, http:// or https://.") String url,
      @Param(value = "GET, POST, PUT, PATCH or DELETE.", defaultValue = "GET") String method,
      @Param(value = "Request headers.", optional = true) Map<String, String> headers,
      @Param(value = "The request body.", optional = true) String body,
      @Param(value = "How long to wait for the answer.", defaultValue = "30s") Duration timeout,
      @Param(value = "Status codes that count as success; by default any 2xx.", optional = true)
          List<Integer> expectStatus) {}

  /**
   * @param json the body parsed, when the response is JSON; otherwise null
   */
  record Output(int status, Map<String, String> headers, String body, Object json) {}

  @Override
  public String name() {
    return "http.request";
  }

  @Override
  public String description() {
    return "Calls an HTTP API and returns the status, headers and body (parsed when JSON).";
  }

  @Override
  public Class<Input> inputType() {
    return Input.class;
  }

  @Override
  public Class<Output> outputType() {
    return Output.class;
  }

  @Override
  public Output execute(Input input, ActionContext context) {
    URI uri = parse(input.url());
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(input.timeout());
    if (input.headers() != null) {
      input.headers().forEach(request::header);
    }
    String method = input.method().toUpperCase(java.util.Locale.ROOT);
    request.method(
        method,
        input.body() == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(input.body()));
    HttpResponse<String> response;
    try {
      response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (HttpTimeoutException e) {
      throw new SystemException(
          method + " " + uri + " gave no answer within " + input.timeout() + "; raise timeout:", e);
    } catch (IOException e) {
      throw new SystemException(method + " " + uri + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancelledException("interrupted during " + method + " " + uri);
    }
    int status = response.statusCode();
    boolean expected =
        input.expectStatus() == null
            ? status >= 200 && status < 300
            : input.expectStatus().contains(status);
    String body = response.body();
    if (!expected) {
      String message =
          method + " " + uri + " answered " + status + ": " + abbreviate(body == null ? "" : body);
      throw status >= 500 || status == 429
          ? new SystemException(message)
          : new BusinessException("HTTP_" + status, message);
    }
    if (body != null && body.length() > MAX_BODY) {
      throw new BusinessException("HTTP_BODY_TOO_LARGE", uri + " returned more than 10 MB");
    }
    Map<String, String> headers = new LinkedHashMap<>();
    response
        .headers()
        .map()
        .forEach((name, values) -> headers.put(name, String.join(", ", values)));
    return new Output(status, headers, body, parseJson(response, body));
  }

  private static URI parse(String url) {
    try {
      URI uri = URI.create(url);
      if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
        throw new IllegalArgumentException("only http and https are supported");
      }
      return uri;
    } catch (IllegalArgumentException e) {
      throw new BusinessException(
          "BAD_URL", "'" + url + "' is not a usable URL: " + e.getMessage());
    }
  }

  private static Object parseJson(HttpResponse<String> response, String body) {
    boolean isJson = response.headers().firstValue("content-type").orElse("").contains("json");
    if (!isJson || body == null || body.isBlank()) {
      return null;
    }
    try {
      return JSON.readValue(body, Object.class);
    } catch (IOException e) {
      throw new BusinessException(
          "BAD_JSON", "the response claims to be JSON but is not: " + e.getMessage());
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "...";
  }
}
