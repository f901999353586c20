package dev.ferry.connector.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WebConfigTest {

  @Test
  void fillsInTheDocumentedDefaults() {
    WebConfig config = WebConfig.of("https://portal.example.com/");

    assertThat(config.headless()).isTrue();
    assertThat(config.browserPath()).isEqualTo("/usr/bin/chromium");
    assertThat(config.screenshots()).isEqualTo(ScreenshotPolicy.ALWAYS);
    assertThat(config.reuseStorageState()).isFalse();
    assertThat(config.timeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(config.screenshotQuality()).isEqualTo(60);
    assertThat(config.login()).isNull();
  }

  @Test
  void rejectsAUrlThatIsNotHttp() {
    assertThatThrownBy(() -> WebConfig.of("ftp://portal.example.com/"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("url must be an absolute http:// or https:// URL: ftp://portal.example.com/");
  }

  @Test
  void rejectsARelativeBrowserPath() {
    assertThatThrownBy(() -> new WebConfig(null, true, "chromium", null, null, null, null, null))
        .hasMessage("browser-path must be an absolute path: chromium");
  }

  @Test
  void rejectsAScreenshotQualityOutsideOneToAHundred() {
    assertThatThrownBy(() -> new WebConfig(null, null, null, null, null, null, null, 0))
        .hasMessage("screenshot-quality must be between 1 and 100: 0");
  }

  @Test
  void rejectsANonPositiveTimeout() {
    assertThatThrownBy(() -> new WebConfig(null, null, null, null, null, null, Duration.ZERO, null))
        .hasMessage("timeout must be positive: PT0S");
  }

  @Test
  void aLoginNeedsAUrlOfItsOwnOrTheApplications() {
    LoginConfig login = new LoginConfig(null, "#u", "#p", "#go", null, null);

    assertThatThrownBy(() -> new WebConfig(null, null, null, login, null, null, null, null))
        .hasMessage("login needs a url, or the application needs one");
  }

  @Test
  void aLoginNamesTheFieldsItNeeds() {
    assertThatThrownBy(() -> new LoginConfig(null, "#u", " ", "#go", null, null))
        .hasMessage("login.password-field cannot be blank");
    assertThatThrownBy(() -> new LoginConfig(null, "#u", "#p", null, null, null))
        .hasMessage("login.submit is required");
  }
}
