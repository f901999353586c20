package dev.ferry.connector.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.connector.web.action.FillAction;
import dev.ferry.connector.web.action.OpenAction;
import dev.ferry.connector.web.action.ReadTextAction;
import dev.ferry.connector.web.internal.WebSession;
import dev.ferry.engine.testing.TestActionContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code web.read-text} reads in one round trip, and still refuses what it must not read. */
class ReadTextIT {
  static PortalFixture fixture;
  static WebSession session;

  @BeforeAll
  static void signOn() {
    fixture = new PortalFixture();
    session = fixture.open(fixture.signedOnConfig());
  }

  @AfterAll
  static void close() {
    session.close();
    fixture.close();
  }

  @Test
  void readsTheValueTypedIntoAFieldAndTheVisibleTextOfAnElement() {
    TestActionContext context = fixture.context(session);
    new OpenAction().execute(new OpenAction.Input("/invoices/new"), context);
    new FillAction().execute(new FillAction.Input("#number", "INV-2026-0001", null), context);

    assertThat(read("#number", context)).isEqualTo("INV-2026-0001");

    new OpenAction().execute(new OpenAction.Input("/invoices?page=1"), context);
    assertThat(read("#page-info", context)).startsWith("Page 1 of ");
  }

  @Test
  void refusesToReadAPasswordField() {
    TestActionContext context = fixture.context(session);
    new OpenAction().execute(new OpenAction.Input("/login"), context);

    assertThatThrownBy(() -> read("#password", context))
        .isInstanceOf(WebException.class)
        .hasMessageContaining("does not read password fields such as '#password'");
  }

  @Test
  void aSelectorMatchingSeveralElementsFailsAtOnceSayingSo() {
    TestActionContext context = fixture.context(session);
    new OpenAction().execute(new OpenAction.Input("/invoices?page=1"), context);

    // "failed", not "timed out": a strictness error does not wait out the 10 s timeout
    assertThatThrownBy(() -> read("#invoices td", context))
        .isInstanceOfSatisfying(
            WebException.class, e -> assertThat(e.selector()).isEqualTo("#invoices td"))
        .hasMessageStartingWith("web.read-text for '#invoices td' failed on http://")
        .hasMessageContaining("strict mode violation");
  }

  private static String read(String selector, TestActionContext context) {
    return new ReadTextAction().execute(new ReadTextAction.Input(selector), context).text();
  }
}
