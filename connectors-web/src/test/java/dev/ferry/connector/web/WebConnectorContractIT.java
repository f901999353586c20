package dev.ferry.connector.web;

import dev.ferry.connector.web.action.ReadTextAction;
import dev.ferry.connector.web.portal.PortalOptions;
import dev.ferry.connector.web.portal.SupplierPortal;
import dev.ferry.engine.spi.Connector;
import dev.ferry.engine.spi.SecretRef;
import dev.ferry.engine.spi.SecretResolver;
import dev.ferry.engine.testing.ConnectorContractTest;
import dev.ferry.engine.testing.TestSecrets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

/** The engine's connector contract, run against the supplier portal in headless Chromium. */
class WebConnectorContractIT extends ConnectorContractTest<WebConfig> {
  static SupplierPortal portal;

  @BeforeAll
  static void startPortal() {
    Assumptions.assumeTrue(
        Files.isExecutable(Path.of(PortalFixture.CHROMIUM)),
        "needs Debian's chromium at " + PortalFixture.CHROMIUM);
    portal =
        SupplierPortal.start(PortalOptions.defaults(PortalFixture.USER, PortalFixture.PASSWORD));
  }

  @AfterAll
  static void stopPortal() {
    if (portal != null) {
      portal.close();
    }
  }

  @Override
  protected Connector<WebConfig> connector() {
    return new WebConnector();
  }

  @Override
  protected WebConfig configuration() {
    return new WebConfig(
        portal.baseUri().toString(),
        true,
        PortalFixture.CHROMIUM,
        PortalFixture.login(),
        null,
        null,
        null,
        null);
  }

  @Override
  protected ActionCall smokeTest() {
    return new ActionCall("web.read-text", new ReadTextAction.Input("#welcome"));
  }

  @Override
  protected SecretResolver secrets() {
    return TestSecrets.credentials("portal-user", PortalFixture.USER, PortalFixture.PASSWORD);
  }

  @Override
  protected SecretRef credentials() {
    return new SecretRef("portal-user");
  }
}
