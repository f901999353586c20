package dev.ferry.connector.terminal.action;

import dev.ferry.connector.terminal.Field;
import dev.ferry.connector.terminal.Screen;
import dev.ferry.connector.terminal.TerminalKey;
import dev.ferry.connector.terminal.internal.TerminalStep;
import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.ActionContext;
import dev.ferry.engine.spi.BusinessException;
import dev.ferry.engine.spi.Credentials;
import dev.ferry.engine.spi.Evidence;
import dev.ferry.engine.spi.Param;
import dev.ferry.engine.spi.SecretRef;
import java.time.Duration;

/**
 * {@code terminal.sign-on}: fills the user and password fields from the secret store and presses
 * Enter. When the sign-on screen is still shown afterwards, the host refused the sign-on; that is a
 * business failure ({@code SIGN_ON_REJECTED}) because retrying a wrong password only disables the
 * profile.
 */
public final class SignOnAction implements Action<SignOnAction.Input, ScreenOutput> {

  /**
   * @param credentials the secret holding {@code .username} and {@code .password}; default: the
   *     application's {@code credentials:}
   * @param userField the user field's label or {@code row,col}
   * @param passwordField the password field's label or {@code row,col}
   * @param timeout how long to wait for the host
   */
  public record Input(
      @Param(value = "credentials; default: the application's", optional = true)
          SecretRef credentials,
      @Param(value = "user field label or row,col", defaultValue = "User") String userField,
      @Param(value = "password field label or row,col", defaultValue = "Password")
          String passwordField,
      @Param(value = "how long to wait for the host", optional = true) Duration timeout) {
    public Input {
      userField = userField == null ? "User" : userField;
      passwordField = passwordField == null ? "Password" : passwordField;
    }

    /** Signs on with the application's credentials and the IBM i field labels. */
    public static Input defaults() {
      return new Input(null, null, null, null);
    }
  }

  @Override
  public String name() {
    return "terminal.sign-on";
  }

  @Override
  public String description() {
    return "Signs on with credentials from the secret store: fills user and password, presses"
        + " Enter.";
  }

  @Override
  public Class<Input> inputType() {
    return Input.class;
  }

  @Override
  public Class<ScreenOutput> outputType() {
    return ScreenOutput.class;
  }

  @Override
  public ScreenOutput execute(Input input, ActionContext context) {
    TerminalStep step = TerminalStep.begin(context);
    SecretRef ref =
        input.credentials() != null ? input.credentials() : step.terminal().credentials();
    if (ref == null) {
      throw new BusinessException(
          "NO_CREDENTIALS",
          "terminal.sign-on needs credentials: set credentials: on the application or the step.");
    }
    Credentials credentials = context.secrets().credentials(ref);
    Screen screen = step.terminal().screen();
    Field user = FieldLookup.find(screen, input.userField(), step.terminal());
    Field password = FieldLookup.find(screen, input.passwordField(), step.terminal());
    step.terminal().fill(user, credentials.username());
    step.terminal().fill(password, credentials.password().reveal());
    step.note(
        Evidence.Kind.FIELDS,
        "written",
        input.userField()
            + " = "
            + credentials.username()
            + "\n"
            + input.passwordField()
            + " = ******");
    step.terminal().press(TerminalKey.ENTER, step.timeout(input.timeout()));
    Screen after = step.end();
    boolean stillSignOn =
        after.field(password.position()).filter(f -> f.hidden() && f.input()).isPresent()
            && after.field(input.userField()).isPresent();
    if (stillSignOn) {
      throw new BusinessException(
          "SIGN_ON_REJECTED",
          "The host refused the sign-on of "
              + credentials.username()
              + (after.messageLine().isEmpty() ? "." : ": \"" + after.messageLine() + "\"."));
    }
    return ScreenOutput.of(after);
  }
}
