package dev.ferry.engine.internal;

import dev.ferry.engine.spi.Evidence;
import dev.ferry.engine.spi.EvidenceSink;
import java.util.ArrayList;
import java.util.List;

/** Collects one step attempt's evidence until its checkpoint stores it. */
final class StepEvidence implements EvidenceSink {
  private final boolean screenshotsOnSuccess;
  private final List<Evidence> items = new ArrayList<>();

  StepEvidence(boolean screenshotsOnSuccess) {
    this.screenshotsOnSuccess = screenshotsOnSuccess;
  }

  @Override
  public synchronized void record(Evidence evidence) {
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
