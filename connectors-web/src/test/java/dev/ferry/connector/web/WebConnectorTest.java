package dev.ferry.connector.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.engine.spi.Action;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebConnectorTest {
  private final WebConnector connector = new WebConnector();

  @Test
  void offersTheThirteenActionsOfTheIssue() {
    assertThat(connector.actions())
        .extracting(Action::name)
        .containsExactlyInAnyOrder(
            "web.open",
            "web.click",
            "web.fill",
            "web.fill-form",
            "web.select",
            "web.check",
            "web.read-text",
            "web.read-table",
            "web.wait-for",
            "web.download",
            "web.upload",
            "web.screenshot",
            "web.expect");
  }

  @Test
  void onlyActionsThatCanChangeDataTwiceAreNotIdempotent() {
    List<String> notIdempotent =
        connector.actions().stream().filter(a -> !a.idempotent()).map(Action::name).toList();

    assertThat(notIdempotent).containsExactlyInAnyOrder("web.click", "web.fill-form");
  }

  @Test
  void checksWithWebExpect() {
    assertThat(connector.checkAction()).isEqualTo("web.expect");
  }
}
