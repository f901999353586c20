package dev.ferry.connector.web.action;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import dev.ferry.connector.web.internal.WebStep;

/**
 * What {@code web.wait-for} and {@code web.expect} wait for: an element, a text or a URL. Exactly
 * one of the three is set.
 */
record Condition(String selector, String text, String url, boolean hidden) {
  Condition {
    Selectors.exactlyOne("selector, text or url", selector, text, url);
    if (hidden && url != null) {
      throw new IllegalArgumentException("a url cannot be hidden; wait for it to be reached");
    }
  }

  String describe() {
    String subject =
        selector != null
            ? "element '" + selector + "'"
            : text != null ? "text '" + text + "'" : null;
    if (subject == null) {
      return "URL '" + url + "'";
    }
    return subject + (hidden ? " to disappear" : "");
  }

  String target() {
    return selector != null ? selector : text != null ? "text=" + text : url;
  }

  /** Waits for the condition; Playwright throws a TimeoutError when it does not hold in time. */
  void await(WebStep step) {
    Page page = step.page();
    if (url != null) {
      Page.WaitForURLOptions options =
          new Page.WaitForURLOptions().setTimeout(step.timeoutMillis());
      if (url.startsWith("^")) {
        page.waitForURL(java.util.regex.Pattern.compile(url), options);
      } else {
        page.waitForURL(url, options);
      }
      return;
    }
    Locator locator = (selector != null ? page.locator(selector) : page.getByText(text)).first();
    Locator.WaitForOptions options =
        new Locator.WaitForOptions()
            .setState(hidden ? WaitForSelectorState.HIDDEN : WaitForSelectorState.VISIBLE);
    // a long wait for a slow application must not keep other sessions out of the browser
    step.awaitSharingBrowser(
        timeout -> {
          locator.waitFor(options.setTimeout(timeout));
          return null;
        },
        describe());
  }
}
