package dev.ferry.connector.web.action;

import com.microsoft.playwright.Response;
import dev.ferry.connector.web.internal.WebStep;
import dev.ferry.engine.spi.Param;
import java.util.Objects;

/** {@code web.open}: goes to a URL and fails on an HTTP error, so that the step is retried. */
public final class OpenAction extends WebAction<OpenAction.Input, OpenAction.Output> {

  /**
   * @param url where to go; relative to the application's url unless absolute
   */
  public record Input(
      @Param("The page to open, absolute or relative to the application's url") String url) {
    public Input {
      Objects.requireNonNull(url, "url");
      if (url.isBlank()) {
        throw new IllegalArgumentException("url cannot be blank");
      }
    }
  }

  /**
   * No title: reading it costs a round trip to the browser on every navigation, which UiPath's
   * Navigate To, Robot Framework Browser's Go To and Playwright's goto do not spend; {@code
   * web.read-text} with the selector {@code title} reads it when a process needs it.
   *
   * @param url the URL reached, after redirects
   * @param status the HTTP status of the main document, or 0 when there was no response
   */
  public record Output(String url, int status) {}

  public OpenAction() {
    super("web.open", "Opens a page by its URL.", Input.class, Output.class);
  }

  @Override
  public boolean idempotent() {
    return true;
  }

  @Override
  String target(Input input) {
    return input.url();
  }

  @Override
  Output run(Input input, WebStep step) {
    String url = step.resolve(input.url());
    Response response = step.page().navigate(url);
    int status = response == null ? 0 : response.status();
    if (status >= 400) {
      throw step.fail(
          "web.open got HTTP "
              + status
              + " "
              + response.statusText()
              + " from "
              + url
              + ". The application reported an error; the engine retries the step.",
          url);
    }
    return new Output(step.page().url(), status);
  }
}
