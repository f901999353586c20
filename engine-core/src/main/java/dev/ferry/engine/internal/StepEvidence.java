package dev.ferry.engine.internal;

import dev.ferry.engine.spi.Evidence;
import dev.ferry.engine.spi.EvidenceSink;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Collects one step attempt's evidence until its checkpoint stores it. */
final class StepEvidence implements EvidenceSink {
  private final boolean screenshotsOnSuccess;
  private final List<Evidence> items = new ArrayList<>();

  StepEvidence(boolean screenshotsOnSuccess) {
    this.screenshotsOnSuccess = screenshotsOnSuccess;
  }

  /**
   * Keeps the evidence. What this attempt already holds is not kept again: the same evidence under
   * the same label (the page's URL, recorded by the action and again by the step's {@code expect:}
   * check), or the same screenshot, which is kept once under both labels.
   */
  @Override
  public synchronized void record(Evidence evidence) {
    for (int i = 0; i < items.size(); i++) {
      Evidence held = items.get(i);
      if (held.kind() != evidence.kind() || !Arrays.equals(held.content(), evidence.content())) {
        continue;
      }
      if (held.label().equals(evidence.label())) {
        return;
      }
      if (held.kind() == Evidence.Kind.SCREENSHOT) {
        items.set(
            i,
            Evidence.screenshot(
                held.label() + "; " + evidence.label(), held.mediaType(), held.content()));
        return;
      }
    }
    items.add(evidence);
  }

  @Override
  public boolean screenshotsOnSuccess() {
    return screenshotsOnSuccess;
  }

  /** What to keep: screenshots of a successful step only when the setting asks for them. */
  synchronized List<Evidence> toKeep(boolean succeeded) {
    if (succeeded && !screenshotsOnSuccess) {
      return items.stream().filter(e -> e.kind() != Evidence.Kind.SCREENSHOT).toList();
    }
    return List.copyOf(items);
  }
}
