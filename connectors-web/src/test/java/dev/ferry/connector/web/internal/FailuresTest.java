package dev.ferry.connector.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.TimeoutError;
import dev.ferry.connector.web.WebException;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailuresTest {

  @Test
  void keepsOnlyTheFirstLineOfPlaywrightsMessage() {
    var e =
        new PlaywrightException(
            "Error {\n  message='Timeout 800ms exceeded.\n=== logs ===\n waiting for locator'\n}");

    assertThat(Failures.firstLine(e)).isEqualTo("Timeout 800ms exceeded.");
  }

  @Test
  void aTimeoutNamesTheActionTheSelectorTheUrlAndWhatToDo() {
    WebException e =
        Failures.translate(
            "web.click",
            "#save",
            "http://app/invoices",
            800,
            new TimeoutError("Timeout 800ms exceeded."),
            false,
            List.of());

    assertThat(e.getMessage())
        .isEqualTo(
            "web.click for '#save' timed out after 800 ms on http://app/invoices: Timeout 800ms"
                + " exceeded. Check that the selector matches an element on this page, or wait"
                + " for the page first with web.wait-for.");
    assertThat(e.selector()).isEqualTo("#save");
    assertThat(e.url()).isEqualTo("http://app/invoices");
  }

  @Test
  void aLostPageSaysTheStepIsRetriedInAFreshPage() {
    WebException e =
        Failures.translate(
            "web.open",
            "/x",
            null,
            800,
            new PlaywrightException("Target crashed"),
            false,
            List.of());

    assertThat(e.getMessage()).contains("the page or the browser was lost on an unknown page");
  }
}
