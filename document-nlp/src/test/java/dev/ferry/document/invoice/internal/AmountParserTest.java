package dev.ferry.document.invoice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountParserTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1.234,56 €|1234.56",
        "€ 1,234.56|1234.56",
        "1 234,56|1234.56",
        "$4.11|4.11",
        "-0,00|0.00",
        "(12.00)|-12.00",
        "9,9000|9.9000",
        "1.000|1000",
        "USD 12|12",
        "Rs 1939|1939"
      })
  void readsAmountsWrittenTheEuropeanOrTheEnglishWay(String text, String expected) {
    assertThat(AmountParser.find(text).orElseThrow().value())
        .isEqualByComparingTo(new BigDecimal(expected));
  }

  @ParameterizedTest
  @CsvSource({"19%", "NL810433941B01", "INV2024"})
  void ignoresPercentagesAndNumbersGluedToLetters(String text) {
    assertThat(AmountParser.find(text)).isEmpty();
  }
}
