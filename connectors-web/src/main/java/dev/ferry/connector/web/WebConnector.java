package dev.ferry.connector.web;

import dev.ferry.connector.web.action.CheckAction;
import dev.ferry.connector.web.action.ClickAction;
import dev.ferry.connector.web.action.DownloadAction;
import dev.ferry.connector.web.action.ExpectAction;
import dev.ferry.connector.web.action.FillAction;
import dev.ferry.connector.web.action.FillFormAction;
import dev.ferry.connector.web.action.OpenAction;
import dev.ferry.connector.web.action.ReadTableAction;
import dev.ferry.connector.web.action.ReadTextAction;
import dev.ferry.connector.web.action.ScreenshotAction;
import dev.ferry.connector.web.action.SelectAction;
import dev.ferry.connector.web.action.UploadAction;
import dev.ferry.connector.web.action.WaitForAction;
import dev.ferry.connector.web.internal.SessionOpener;
import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.Connector;
import dev.ferry.engine.spi.ConnectorSession;
import dev.ferry.engine.spi.SessionContext;
import java.util.List;

/**
 * The {@code web} connector: drives web applications in the system Chromium through Playwright.
 *
 * <p>One browser runs per JVM and is started on first use; each session is an isolated browser
 * context, signed on with the application's credentials when its settings have a {@code login}.
 * Every step records the page's URL and a compressed screenshot; failures carry a screenshot, the
 * HTML and the URL. Stateless and thread-safe.
 */
public final class WebConnector implements Connector<WebConfig> {
  private static final List<Action<?, ?>> ACTIONS =
      List.of(
          new OpenAction(),
          new ClickAction(),
          new FillAction(),
          new FillFormAction(),
          new SelectAction(),
          new CheckAction(),
          new ReadTextAction(),
          new ReadTableAction(),
          new WaitForAction(),
          new DownloadAction(),
          new UploadAction(),
          new ScreenshotAction(),
          new ExpectAction());

  @Override
  public String id() {
    return "web";
  }

  @Override
  public String description() {
    return "Drives web applications in a headless Chromium browser.";
  }

  @Override
  public Class<WebConfig> configType() {
    return WebConfig.class;
  }

  @Override
  public List<Action<?, ?>> actions() {
    return ACTIONS;
  }

  /**
   * Opens an isolated browser context, launching or relaunching the browser when needed, and signs
   * on when the settings have a {@code login}.
   *
   * @throws WebException when the browser cannot start or the application cannot be reached
   * @throws dev.ferry.engine.spi.BusinessException {@code WEB_SIGN_ON_REFUSED} when the application
   *     shows its sign-on error, {@code WEB_NO_CREDENTIALS} when there are no credentials to sign
   *     on with
   */
  @Override
  public ConnectorSession open(WebConfig config, SessionContext context) {
    return SessionOpener.open(config, context);
  }

  @Override
  public String checkAction() {
    return "web.expect";
  }
}
