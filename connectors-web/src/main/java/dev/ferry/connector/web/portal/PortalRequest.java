package dev.ferry.connector.web.portal;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** One request to the portal and the ways to answer it. */
final class PortalRequest {
  private final HttpExchange exchange;
  private final Map<String, String> query;

  PortalRequest(HttpExchange exchange) {
    this.exchange = exchange;
    this.query = FormData.urlEncoded(exchange.getRequestURI().getRawQuery());
  }

  String path() {
    return exchange.getRequestURI().getPath();
  }

  boolean isPost() {
    return "POST".equalsIgnoreCase(exchange.getRequestMethod());
  }

  String param(String name) {
    return query.get(name);
  }

  int intParam(String name, int fallback) {
    try {
      return Integer.parseInt(query.getOrDefault(name, String.valueOf(fallback)));
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  String header(String name) {
    return exchange.getRequestHeaders().getFirst(name);
  }

  String cookie(String name) {
    String header = header("Cookie");
    if (header == null) {
      return "";
    }
    for (String part : header.split(";")) {
      String[] pair = part.trim().split("=", 2);
      if (pair.length == 2 && pair[0].equals(name)) {
        return pair[1];
      }
    }
    return "";
  }

  InputStream body() {
    return exchange.getRequestBody();
  }

  String bodyText() throws IOException {
    return new String(body().readNBytes(64 * 1024), StandardCharsets.UTF_8);
  }

  void setCookie(String name, String value) {
    exchange
        .getResponseHeaders()
        .add("Set-Cookie", name + "=" + value + "; Path=/; HttpOnly; SameSite=Lax");
  }

  void redirect(String location) throws IOException {
    exchange.getResponseHeaders().set("Location", location);
    exchange.sendResponseHeaders(303, -1);
  }

  void html(int status, String html) throws IOException {
    send(status, "text/html; charset=utf-8", SupplierPortal.utf8(html));
  }

  void json(String json) throws IOException {
    send(200, "application/json", SupplierPortal.utf8(json));
  }

  void download(String fileName, String text) throws IOException {
    exchange
        .getResponseHeaders()
        .set("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    send(200, "text/csv; charset=utf-8", SupplierPortal.utf8(text));
  }

  private void send(int status, String contentType, byte[] bytes) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }
}
