package dev.ferry.connector.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.connector.web.action.ClickAction;
import dev.ferry.connector.web.action.OpenAction;
import dev.ferry.connector.web.action.ReadTextAction;
import dev.ferry.connector.web.internal.BrowserHost;
import dev.ferry.connector.web.internal.WebSession;
import dev.ferry.engine.spi.Evidence;
import dev.ferry.engine.testing.TestActionContext;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RecoveryIT {
  static PortalFixture fixture;

  @BeforeAll
  static void startPortal() {
    fixture = new PortalFixture();
  }

  @AfterAll
  static void stopPortal() {
    fixture.close();
  }

  @Test
  void aPageThatFailsOnceIsASystemFailureWithEvidenceAndTheRetrySucceeds() {
    try (WebSession session = fixture.open(fixture.signedOnConfig())) {
      TestActionContext context = fixture.context(session);
      fixture.portal.failNext("/invoices", 1);

      assertThatThrownBy(() -> new OpenAction().execute(new OpenAction.Input("/invoices"), context))
          .isInstanceOfSatisfying(
              WebException.class,
              e -> {
                assertThat(e.url()).endsWith("/invoices");
                assertThat(kinds(e.evidence()))
                    .contains(Evidence.Kind.SCREENSHOT, Evidence.Kind.HTML, Evidence.Kind.URL);
                assertThat(html(e.evidence())).contains("The portal is busy");
              })
          .hasMessageContaining("HTTP 503")
          .hasMessageContaining(fixture.portal.url("/invoices"));

      assertThat(session.isHealthy()).isTrue();
      var retried = new OpenAction().execute(new OpenAction.Input("/invoices"), context);
      assertThat(retried.status()).isEqualTo(200);
    }
  }

  @Test
  void aStartPageThatFailsOnceFailsTheOpeningWithEvidenceAndTheReopeningSucceeds() {
    fixture.portal.failNext("/", 1);

    assertThatThrownBy(() -> fixture.open(fixture.signedOnConfig()))
        .isInstanceOfSatisfying(
            WebException.class, e -> assertThat(html(e.evidence())).contains("The portal is busy"))
        .hasMessageContaining("Could not open portal at " + fixture.portal.baseUri())
        .hasMessageContaining("HTTP 503");

    try (WebSession session = fixture.open(fixture.signedOnConfig())) {
      assertThat(session.isHealthy()).isTrue();
    }
  }

  @Test
  void aSelectorTimeoutNamesTheSelectorAndTheUrlAndCarriesEvidence() {
    WebConfig config =
        fixture.config(
            PortalFixture.login(), ScreenshotPolicy.ALWAYS, false, Duration.ofMillis(800));
    try (WebSession session = fixture.open(config)) {
      TestActionContext context = fixture.context(session);
      new OpenAction().execute(new OpenAction.Input("/invoices"), context);
      long start = System.nanoTime();

      assertThatThrownBy(
              () -> new ClickAction().execute(new ClickAction.Input("#approve-all"), context))
          .isInstanceOfSatisfying(
              WebException.class,
              e -> {
                assertThat(e.selector()).isEqualTo("#approve-all");
                assertThat(e.url()).isEqualTo(fixture.portal.url("/invoices"));
                assertThat(kinds(e.evidence()))
                    .containsExactly(
                        Evidence.Kind.SCREENSHOT, Evidence.Kind.HTML, Evidence.Kind.URL);
                assertThat(html(e.evidence())).contains("<table id=\"invoices\">");
              })
          .hasMessageStartingWith("web.click for '#approve-all' timed out after 800 ms on http://")
          .hasMessageContaining("Check that the selector matches an element");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }
  }

  @Test
  void aCrashedPageIsReplacedAndTheSessionStaysUsable() {
    try (WebSession session = fixture.open(fixture.signedOnConfig())) {
      TestActionContext context = fixture.context(session);
      new OpenAction().execute(new OpenAction.Input("/invoices?page=2"), context);

      assertThatThrownBy(
              () -> new OpenAction().execute(new OpenAction.Input("chrome://crash"), context))
          .isInstanceOf(WebException.class);

      TestActionContext next = fixture.context(session);
      var info = new ReadTextAction().execute(new ReadTextAction.Input("#page-info"), next);
      assertThat(info.text()).isEqualTo("Page 2 of 2");
      assertThat(next.recordedEvidence())
          .filteredOn(e -> e.kind() == Evidence.Kind.NOTE)
          .extracting(Evidence::contentAsText)
          .containsExactly(
              "The page had crashed; opened a new page at "
                  + fixture.portal.url("/invoices?page=2"));
      assertThat(session.isHealthy()).isTrue();
    }
  }

  @Test
  void aLostBrowserMakesTheSessionUnhealthyAndReopeningRelaunchesIt() {
    BrowserHost host = BrowserHost.of(PortalFixture.CHROMIUM, true, Path.of("unused"));
    WebSession session = fixture.open(fixture.signedOnConfig());
    int launches = host.launches();
    TestActionContext context = fixture.context(session);

    killOurChromium();

    assertThatThrownBy(() -> new OpenAction().execute(new OpenAction.Input("/"), context))
        .isInstanceOf(WebException.class)
        .hasMessageContaining("lost");
    assertThat(session.isHealthy()).isFalse();
    session.close();

    try (WebSession reopened = fixture.open(fixture.signedOnConfig())) {
      var welcome =
          new ReadTextAction()
              .execute(new ReadTextAction.Input("#welcome"), fixture.context(reopened));
      assertThat(welcome.text()).startsWith("Welcome, clerk.");
      assertThat(host.launches()).isEqualTo(launches + 1);
    }
  }

  /** Kills the Chromium processes this JVM started (through Playwright's driver), by their ids. */
  private static void killOurChromium() {
    List<ProcessHandle> browsers =
        ProcessHandle.current()
            .descendants()
            .filter(p -> p.info().command().orElse("").contains("chromium"))
            .toList();
    assertThat(browsers).as("Chromium processes started by this JVM").isNotEmpty();
    browsers.forEach(ProcessHandle::destroyForcibly);
  }

  static List<Evidence.Kind> kinds(List<Evidence> evidence) {
    return evidence.stream().map(Evidence::kind).toList();
  }

  static String html(List<Evidence> evidence) {
    return evidence.stream()
        .filter(e -> e.kind() == Evidence.Kind.HTML)
        .map(Evidence::contentAsText)
        .findFirst()
        .orElse("");
  }
}
