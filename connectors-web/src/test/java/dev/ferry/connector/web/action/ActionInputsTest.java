package dev.ferry.connector.web.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.engine.spi.SecretRef;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActionInputsTest {

  @Test
  void fillTakesAValueOrASecretButNotBoth() {
    assertThatThrownBy(() -> new FillAction.Input("#a", "x", new SecretRef("s")))
        .hasMessage("give exactly one of value or secret");
    assertThatThrownBy(() -> new FillAction.Input("#a", null, null))
        .hasMessage("give exactly one of value or secret");
  }

  @Test
  void aSelectorCannotBeBlank() {
    assertThatThrownBy(() -> new ClickAction.Input("  ")).hasMessage("selector cannot be blank");
    assertThatThrownBy(() -> new ClickAction.Input(null)).hasMessage("selector is required");
  }

  @Test
  void waitForTakesExactlyOneOfSelectorTextAndUrl() {
    assertThatThrownBy(() -> new WaitForAction.Input("#a", "text", null, null, null))
        .hasMessage("give exactly one of selector, text or url");
    assertThatThrownBy(() -> new WaitForAction.Input(null, null, "**/x", true, null))
        .hasMessage("a url cannot be hidden; wait for it to be reached");
    assertThatThrownBy(() -> new WaitForAction.Input("#a", null, null, null, Duration.ZERO))
        .hasMessage("timeout must be positive: PT0S");
  }

  @Test
  void expectWaitsFiveSecondsUnlessToldOtherwise() {
    assertThat(new ExpectAction.Input(null, "Saved", null, null, null).timeout())
        .isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void readTableReadsAtMostFiftyPagesUnlessToldOtherwise() {
    assertThat(new ReadTableAction.Input("#t", "#next", null).maxPages()).isEqualTo(50);
    assertThatThrownBy(() -> new ReadTableAction.Input("#t", "#next", 0))
        .hasMessage("max-pages must be at least 1: 0");
  }

  @Test
  void fillFormNeedsAtLeastOneFieldAndKeepsTheirOrder() {
    assertThatThrownBy(() -> new FillFormAction.Input(Map.of(), "#save"))
        .hasMessage("fields needs at least one selector and value");
    var fields = new java.util.LinkedHashMap<String, Object>();
    fields.put("#b", 1);
    fields.put("#a", 2);
    assertThat(new FillFormAction.Input(fields, null).fields().keySet())
        .containsExactly("#b", "#a");
  }

  @Test
  void downloadSavesUnderAPlainFileName() {
    assertThatThrownBy(() -> new DownloadAction.Input("#export", "../x.csv"))
        .hasMessage("save-as is a file name, without folders: ../x.csv");
  }

  @Test
  void uploadTakesADocumentOrAFile() {
    assertThatThrownBy(() -> new UploadAction.Input("#f", null, null))
        .hasMessage("give exactly one of document or file");
  }

  @Test
  void checkChecksUnlessToldToUncheck() {
    assertThat(new CheckAction.Input("#urgent", null).checked()).isTrue();
  }
}
