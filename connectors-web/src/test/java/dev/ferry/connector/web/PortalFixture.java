package dev.ferry.connector.web;

import dev.ferry.connector.web.internal.WebSession;
import dev.ferry.connector.web.portal.PortalOptions;
import dev.ferry.connector.web.portal.SupplierPortal;
import dev.ferry.engine.spi.SecretRef;
import dev.ferry.engine.spi.SecretResolver;
import dev.ferry.engine.spi.SessionContext;
import dev.ferry.engine.spi.TransactionId;
import dev.ferry.engine.testing.TestActionContext;
import dev.ferry.engine.testing.TestSecrets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;

/** A running supplier portal and the means to open web sessions against it. */
final class PortalFixture implements AutoCloseable {
  static final String USER = "clerk";
  static final String PASSWORD = "Pa55-w0rd!x";
  static final SecretRef CREDENTIALS = new SecretRef("portal-user");
  static final String CHROMIUM = "/usr/bin/chromium";

  final SupplierPortal portal;
  final WebConnector connector = new WebConnector();
  final Path dataDirectory;
  final Path workDirectory;

  PortalFixture() {
    Assumptions.assumeTrue(
        Files.isExecutable(Path.of(CHROMIUM)),
        "needs Debian's chromium at " + CHROMIUM + " (apt-get install chromium)");
    portal = SupplierPortal.start(PortalOptions.defaults(USER, PASSWORD));
    try {
      dataDirectory = Files.createTempDirectory("ferry-web-data");
      workDirectory = Files.createTempDirectory("ferry-web-work");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static LoginConfig login() {
    return new LoginConfig(null, "#username", "#password", "#sign-in", "#welcome", "#login-error");
  }

  /** Signs on through the portal's root, which shows the sign-on page to strangers. */
  WebConfig signedOnConfig() {
    return config(login(), ScreenshotPolicy.ALWAYS, false, Duration.ofSeconds(10));
  }

  WebConfig config(
      LoginConfig login, ScreenshotPolicy screenshots, boolean reuse, Duration timeout) {
    return new WebConfig(
        portal.baseUri().toString(), true, CHROMIUM, login, screenshots, reuse, timeout, 60);
  }

  WebSession open(WebConfig config) {
    return open(config, "portal", TestSecrets.credentials(CREDENTIALS.name(), USER, PASSWORD));
  }

  WebSession open(WebConfig config, String application, SecretResolver secrets) {
    return (WebSession) connector.open(config, sessionContext(application, secrets));
  }

  TestActionContext context(WebSession session) {
    return TestActionContext.forSession(session)
        .withSecrets(TestSecrets.credentials(CREDENTIALS.name(), USER, PASSWORD))
        .withWorkDirectory(workDirectory);
  }

  SessionContext sessionContext(String application, SecretResolver secrets) {
    return new SessionContext() {
      @Override
      public String applicationName() {
        return application;
      }

      @Override
      public TransactionId transactionId() {
        return TransactionId.random();
      }

      @Override
      public SecretRef credentials() {
        return CREDENTIALS;
      }

      @Override
      public SecretResolver secrets() {
        return secrets;
      }

      @Override
      public Path dataDirectory() {
        return dataDirectory;
      }
    };
  }

  @Override
  public void close() {
    portal.close();
  }
}
