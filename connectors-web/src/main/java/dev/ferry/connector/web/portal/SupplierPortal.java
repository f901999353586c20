package dev.ferry.connector.web.portal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small "supplier portal" web application for tests and the demo: sign-on, an invoice entry form
 * with validation errors, a paged invoice table, a slow page, a CSV download and a file upload. It
 * serves plain HTML on {@code 127.0.0.1} and an ephemeral port.
 *
 * <p>Thread-safe. {@link #failNext} makes a page fail with HTTP 503 a given number of times, so
 * that tests can prove a step is retried.
 */
public final class SupplierPortal implements AutoCloseable {
  private static final String COOKIE = "PORTAL_SESSION";

  private final PortalOptions options;
  private final InvoiceStore store;
  private final HttpServer server;
  private final ExecutorService executor;
  private final Map<String, String> sessions = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
  private final Statements statements = new Statements();
  private final SecureRandom random = new SecureRandom();
  private final AtomicInteger signOns = new AtomicInteger();

  private SupplierPortal(PortalOptions options, HttpServer server, ExecutorService executor) {
    this.options = options;
    this.store = new InvoiceStore(options.seededInvoices());
    this.server = server;
    this.executor = executor;
  }

  /** Starts a portal on 127.0.0.1 and a free port. */
  public static SupplierPortal start(PortalOptions options) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      ExecutorService executor =
          Executors.newFixedThreadPool(
              8,
              r -> {
                Thread t = new Thread(r, "supplier-portal");
                t.setDaemon(true);
                return t;
              });
      SupplierPortal portal = new SupplierPortal(options, server, executor);
      server.createContext("/", portal::handle);
      server.setExecutor(executor);
      server.start();
      return portal;
    } catch (IOException e) {
      throw new UncheckedIOException("could not open a port on 127.0.0.1 for the portal", e);
    }
  }

  /** The portal's root, such as {@code http://127.0.0.1:41234/}. */
  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  /** The absolute URL of a path such as {@code /invoices}. */
  public String url(String path) {
    return baseUri().resolve(path).toString();
  }

  /** Every invoice, seeded ones first, then in the order they were entered. */
  public List<Invoice> invoices() {
    return store.all();
  }

  /** Every file uploaded so far, oldest first. */
  public List<ReceivedFile> receivedFiles() {
    return statements.received();
  }

  /** How many times someone signed on successfully. */
  public int signOns() {
    return signOns.get();
  }

  /** Makes the next {@code times} requests for {@code path} fail with HTTP 503. */
  public void failNext(String path, int times) {
    failures.put(path, new AtomicInteger(times));
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      route(new PortalRequest(exchange));
    } catch (RuntimeException e) {
      new PortalRequest(exchange).html(500, PortalPages.failure(500, "Internal error"));
    }
  }

  private void route(PortalRequest request) throws IOException {
    String path = request.path();
    AtomicInteger failing = failures.get(path);
    if (failing != null && failing.getAndDecrement() > 0) {
      request.html(503, PortalPages.failure(503, "The portal is busy; try again shortly."));
      return;
    }
    if (path.equals("/login")) {
      login(request);
      return;
    }
    String user = sessions.get(request.cookie(COOKIE));
    if (user == null) {
      request.redirect("/login");
      return;
    }
    boolean post = request.isPost();
    switch (path) {
      case "/" -> request.html(200, PortalPages.home(user));
      case "/logout" -> {
        sessions.remove(request.cookie(COOKIE));
        request.redirect("/login");
      }
      case "/invoices/new" -> request.html(200, InvoicePages.form(user, Map.of(), Map.of()));
      case "/invoices" -> invoices(request, user);
      case "/invoices/export.csv" -> request.download("invoices.csv", InvoicePages.csv(invoices()));
      case "/statements" -> statements.handle(request, user, post);
      case "/report" ->
          request.html(200, PortalPages.report(user, request.intParam("delay", 1500)));
      case "/api/report" -> {
        sleep(request.intParam("delay", 1500));
        request.json("{\"open\": " + invoices().size() + "}");
      }
      case "/slow" -> {
        int delay = request.intParam("delay", 2000);
        sleep(delay);
        request.html(200, PortalPages.slow(user, delay));
      }
      default -> request.html(404, PortalPages.failure(404, "No page at " + path));
    }
  }

  private void login(PortalRequest request) throws IOException {
    if (!request.isPost()) {
      request.html(200, PortalPages.login(null));
      return;
    }
    Map<String, String> form = FormData.urlEncoded(request.bodyText());
    if (options.username().equals(form.get("username"))
        && options.password().equals(form.get("password"))) {
      byte[] token = new byte[16];
      random.nextBytes(token);
      String session = HexFormat.of().formatHex(token);
      sessions.put(session, options.username());
      signOns.incrementAndGet();
      request.setCookie(COOKIE, session);
      request.redirect("/");
    } else {
      request.html(200, PortalPages.login("The user name or password is wrong."));
    }
  }

  private void invoices(PortalRequest request, String user) throws IOException {
    if (request.isPost()) {
      Map<String, String> form = FormData.urlEncoded(request.bodyText());
      Map<String, String> errors = store.add(form);
      if (errors.isEmpty()) {
        request.redirect("/invoices?page=last&saved=" + form.get("number").trim());
      } else {
        request.html(200, InvoicePages.form(user, form, errors));
      }
      return;
    }
    List<Invoice> all = invoices();
    int page =
        "last".equals(request.param("page")) ? Integer.MAX_VALUE : request.intParam("page", 1);
    request.html(
        200, InvoicePages.table(user, all, page, options.pageSize(), request.param("saved")));
  }

  private static void sleep(int millis) {
    try {
      Thread.sleep(Math.min(Math.max(millis, 0), 60_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
