package dev.ferry.connector.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.connector.web.action.ClickAction;
import dev.ferry.connector.web.action.FillAction;
import dev.ferry.connector.web.action.OpenAction;
import dev.ferry.connector.web.action.ScreenshotAction;
import dev.ferry.connector.web.internal.WebSession;
import dev.ferry.engine.spi.CancelledException;
import dev.ferry.engine.spi.Evidence;
import dev.ferry.engine.spi.SecretRef;
import dev.ferry.engine.testing.TestActionContext;
import dev.ferry.engine.testing.TestSecrets;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EvidenceIT {
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
  void recordsTheUrlAndACompressedJpegAfterEveryStep() {
    try (WebSession session = fixture.open(fixture.signedOnConfig())) {
      TestActionContext context = fixture.context(session);
      new OpenAction().execute(new OpenAction.Input("/invoices"), context);

      List<Evidence> evidence = context.recordedEvidence();
      assertThat(evidence)
          .extracting(Evidence::kind)
          .containsExactly(Evidence.Kind.URL, Evidence.Kind.SCREENSHOT);
      assertThat(evidence.get(0).contentAsText()).isEqualTo(fixture.portal.url("/invoices"));
      Evidence screenshot = evidence.get(1);
      assertThat(screenshot.mediaType()).isEqualTo("image/jpeg");
      assertThat(screenshot.content()).startsWith((byte) 0xFF, (byte) 0xD8, (byte) 0xFF);
      // a 1280x800 PNG of this page is over 40 kB; the JPEG at quality 60 is a fraction of it
      assertThat(screenshot.content().length).isBetween(2_000, 60_000);
    }
  }

  @Test
  void keepsOnlyTheUrlOfSuccessfulStepsWhenScreenshotsAreOnFailure() {
    WebConfig config =
        fixture.config(
            PortalFixture.login(), ScreenshotPolicy.ON_FAILURE, false, Duration.ofMillis(500));
    try (WebSession session = fixture.open(config)) {
      TestActionContext context = fixture.context(session);
      new OpenAction().execute(new OpenAction.Input("/invoices"), context);
      assertThat(context.recordedEvidence())
          .extracting(Evidence::kind)
          .containsExactly(Evidence.Kind.URL);

      assertThatThrownBy(
              () -> new ClickAction().execute(new ClickAction.Input("#nothing"), context))
          .isInstanceOfSatisfying(
              WebException.class,
              e ->
                  assertThat(e.evidence())
                      .extracting(Evidence::kind)
                      .contains(Evidence.Kind.SCREENSHOT));
    }
  }

  @Test
  void anExplicitScreenshotIsKeptEvenWhenScreenshotsAreOnFailure() {
    WebConfig config =
        fixture.config(
            PortalFixture.login(), ScreenshotPolicy.ON_FAILURE, false, Duration.ofSeconds(10));
    try (WebSession session = fixture.open(config)) {
      TestActionContext context = fixture.context(session);

      new ScreenshotAction().execute(new ScreenshotAction.Input("home page", true), context);

      assertThat(context.recordedEvidence())
          .filteredOn(e -> e.kind() == Evidence.Kind.SCREENSHOT)
          .singleElement()
          .satisfies(e -> assertThat(e.label()).isEqualTo("home page"));
    }
  }

  @Test
  void withholdsTheScreenshotOfAStepThatEnteredASecretAndNeverRecordsItsValue() {
    WebConfig config = fixture.config(null, ScreenshotPolicy.ALWAYS, false, Duration.ofSeconds(10));
    try (WebSession session = fixture.open(config)) {
      TestActionContext context =
          fixture.context(session).withSecrets(new TestSecrets(Map.of("pin", "7319-secret")));
      new OpenAction().execute(new OpenAction.Input("/login"), context);

      new FillAction()
          .execute(new FillAction.Input("#username", null, new SecretRef("pin")), context);

      List<Evidence> evidence = context.recordedEvidence();
      assertThat(evidence)
          .filteredOn(e -> e.kind() == Evidence.Kind.NOTE)
          .extracting(Evidence::contentAsText)
          .containsExactly("Screenshot withheld: this step entered a secret.");
      assertThat(evidence).extracting(Evidence::kind).containsOnlyOnce(Evidence.Kind.SCREENSHOT);
      assertThat(evidence)
          .allSatisfy(
              e ->
                  assertThat(new String(e.content(), StandardCharsets.UTF_8))
                      .doesNotContain("7319-secret"));
    }
  }

  @Test
  void aCancelledTransactionRunsNoAction() {
    try (WebSession session = fixture.open(fixture.signedOnConfig())) {
      TestActionContext context = fixture.context(session);
      context.cancel();

      assertThatThrownBy(() -> new OpenAction().execute(new OpenAction.Input("/invoices"), context))
          .isInstanceOf(CancelledException.class);
      assertThat(context.recordedEvidence()).isEmpty();
    }
  }
}
