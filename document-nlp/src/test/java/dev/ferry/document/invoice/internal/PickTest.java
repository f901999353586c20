package dev.ferry.document.invoice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.document.invoice.ExtractionMethod;
import dev.ferry.document.layout.Word;
import java.util.List;
import org.junit.jupiter.api.Test;

class PickTest {
  @Test
  void aValueIsOnlyAsCertainAsTheLeastCertainWordItWasReadFrom() {
    Word sure = new Word("INV-42", 1, 100, 50, 40, 10);
    Word doubtful = new Word("1,2O0.00", 1, 100, 70, 40, 10, 0.6f);

    Pick fromText = new Pick("INV-42", List.of(sure), 0.9, "No. INV-42", ExtractionMethod.RULE, 0);
    Pick fromScan =
        new Pick("1200.00", List.of(sure, doubtful), 0.9, "Total", ExtractionMethod.RULE, 1);

    assertThat(fromText.provenance().confidence()).isEqualByComparingTo("0.90");
    assertThat(fromScan.provenance().confidence()).isEqualByComparingTo("0.54");
  }
}
