package dev.ferry.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.ferry.engine.spi.Evidence;
import org.junit.jupiter.api.Test;

class StepEvidenceTest {
  @Test
  void keepsEvidenceRecordedTwiceOnceAndAScreenshotUnderBothLabels() {
    StepEvidence evidence = new StepEvidence(true);
    byte[] page = {1, 2, 3};
    evidence.record(Evidence.screenshot("after", "image/jpeg", page));
    evidence.record(Evidence.text(Evidence.Kind.URL, "url", "http://127.0.0.1/invoices"));
    evidence.record(Evidence.screenshot("verify", "image/jpeg", page.clone()));
    evidence.record(Evidence.text(Evidence.Kind.URL, "url", "http://127.0.0.1/invoices"));
    evidence.record(Evidence.text(Evidence.Kind.SCREEN_TEXT, "before", "MAIN MENU"));
    evidence.record(Evidence.text(Evidence.Kind.SCREEN_TEXT, "after", "MAIN MENU"));
    evidence.record(Evidence.screenshot("another page", "image/jpeg", new byte[] {4}));
    evidence.record(Evidence.screenshot("another page", "image/jpeg", new byte[] {4}));

    assertThat(evidence.toKeep(true))
        .extracting(Evidence::kind, Evidence::label)
        .containsExactly(
            tuple(Evidence.Kind.SCREENSHOT, "after; verify"),
            tuple(Evidence.Kind.URL, "url"),
            tuple(Evidence.Kind.SCREEN_TEXT, "before"),
            tuple(Evidence.Kind.SCREEN_TEXT, "after"),
            tuple(Evidence.Kind.SCREENSHOT, "another page"));
  }
}
