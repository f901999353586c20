package dev.ferry.connector.web;

import dev.ferry.engine.spi.Param;
import java.util.Objects;

/**
 * How to sign on to a web application with the application's {@code credentials:} from the secret
 * store. Selectors are Playwright selectors: CSS ({@code #username}), text ({@code text=Sign in})
 * or role ({@code role=button[name="Sign in"]}).
 *
 * @param url the sign-on page; null to use the application's {@code url}
 * @param usernameField the user name field
 * @param passwordField the password field
 * @param submit what to click to sign on
 * @param success an element that only appears once signed on; null to wait for the password field
 *     to disappear
 * @param error an element that shows the application's rejection message; null when it has none
 */
public record LoginConfig(
    @Param(value = "The sign-on page; the application's url when left out", optional = true)
        String url,
    @Param("The user name field, such as #username") String usernameField,
    @Param("The password field, such as #password") String passwordField,
    @Param("What to click to sign on, such as #sign-in") String submit,
    @Param(value = "An element shown only once signed on, such as #welcome", optional = true)
        String success,
    @Param(value = "The element that shows why a sign-on was refused", optional = true)
        String error) {

  public LoginConfig {
    requireText(usernameField, "username-field");
    requireText(passwordField, "password-field");
    requireText(submit, "submit");
    if (url != null) {
      WebConfig.requireHttpUrl(url, "login.url");
    }
  }

  private static void requireText(String value, String key) {
    Objects.requireNonNull(value, () -> "login." + key + " is required");
    if (value.isBlank()) {
      throw new IllegalArgumentException("login." + key + " cannot be blank");
    }
  }
}
