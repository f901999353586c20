package dev.ferry.connector.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.connector.web.action.OpenAction;
import dev.ferry.connector.web.action.ReadTextAction;
import dev.ferry.connector.web.internal.WebSession;
import dev.ferry.engine.spi.BusinessException;
import dev.ferry.engine.spi.Evidence;
import dev.ferry.engine.testing.TestActionContext;
import dev.ferry.engine.testing.TestSecrets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SignOnIT {
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
  void signsOnWithTheCredentialsFromTheSecretStore() {
    try (WebSession session = fixture.open(fixture.signedOnConfig())) {
      TestActionContext context = fixture.context(session);
      var welcome = new ReadTextAction().execute(new ReadTextAction.Input("#welcome"), context);

      assertThat(welcome.text()).startsWith("Welcome, clerk.");
      assertThat(session.isHealthy()).isTrue();
      assertThat(context.recordedEvidence())
          .extracting(Evidence::kind)
          .contains(Evidence.Kind.URL, Evidence.Kind.SCREENSHOT, Evidence.Kind.FIELDS);
    }
  }

  @Test
  void refusesAWrongPasswordAsABusinessFailureWithoutShowingThePassword() {
    var wrong = TestSecrets.credentials("portal-user", PortalFixture.USER, "not-the-password");

    assertThatThrownBy(() -> fixture.open(fixture.signedOnConfig(), "portal", wrong))
        .isInstanceOfSatisfying(
            BusinessException.class, e -> assertThat(e.code()).isEqualTo("WEB_SIGN_ON_REFUSED"))
        .hasMessageContaining("user clerk")
        .hasMessageContaining("The user name or password is wrong.")
        .hasMessageNotContaining("not-the-password");
  }

  @Test
  void aMissingPasswordFieldIsASystemFailureThatNamesTheFieldButNotThePassword() {
    LoginConfig login =
        new LoginConfig(null, "#username", "#pass-word", "#sign-in", "#welcome", null);
    WebConfig config =
        fixture.config(login, ScreenshotPolicy.ALWAYS, false, Duration.ofMillis(500));

    assertThatThrownBy(() -> fixture.open(config))
        .isInstanceOfSatisfying(
            WebException.class,
            e -> {
              assertThat(e.getCause()).hasMessageNotContaining(PortalFixture.PASSWORD);
              assertThat(RecoveryIT.kinds(e.evidence()))
                  .contains(Evidence.Kind.SCREENSHOT, Evidence.Kind.HTML);
            })
        .hasMessageContaining("typing the password into '#pass-word'")
        .hasMessageContaining("Could not open portal at " + fixture.portal.baseUri())
        .hasMessageNotContaining(PortalFixture.PASSWORD);
  }

  @Test
  void reusesTheSignedOnStorageStateInTheNextSessionWhenAsked() {
    WebConfig config =
        fixture.config(
            PortalFixture.login(), ScreenshotPolicy.ALWAYS, true, Duration.ofSeconds(10));
    int before = fixture.portal.signOns();
    try (WebSession first = fixture.open(config, "reusing", secrets())) {
      assertThat(first.isHealthy()).isTrue();
    }
    try (WebSession second = fixture.open(config, "reusing", secrets())) {
      var welcome =
          new ReadTextAction()
              .execute(new ReadTextAction.Input("#welcome"), fixture.context(second));
      assertThat(welcome.text()).startsWith("Welcome, clerk.");
    }

    assertThat(fixture.portal.signOns() - before).isEqualTo(1);
  }

  @Test
  void opensTheStartPageWithoutSigningOnWhenThereIsNoLogin() {
    WebConfig config = fixture.config(null, ScreenshotPolicy.ALWAYS, false, Duration.ofSeconds(10));
    try (WebSession session = fixture.open(config)) {
      var opened =
          new OpenAction().execute(new OpenAction.Input("invoices"), fixture.context(session));

      assertThat(opened.url()).endsWith("/login");
      assertThat(opened.status()).isEqualTo(200);
      assertThat(
              new ReadTextAction()
                  .execute(new ReadTextAction.Input("title"), fixture.context(session))
                  .text())
          .isEqualTo("Sign on - Supplier Portal");
    }
  }

  private static TestSecrets secrets() {
    return TestSecrets.credentials("portal-user", PortalFixture.USER, PortalFixture.PASSWORD);
  }
}
