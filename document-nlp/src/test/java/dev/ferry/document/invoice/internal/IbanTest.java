package dev.ferry.document.invoice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IbanTest {
  @Test
  void findsAnIbanWrittenInGroupsOfFour() {
    assertThat(Iban.find("IBAN: DE89 3704 0044 0532 0130 00 BIC COBADEFFXXX"))
        .contains("DE89370400440532013000");
  }

  @Test
  void rejectsCodesWhoseCheckDigitsAreWrong() {
    assertThat(Iban.find("DE88 3704 0044 0532 0130 00")).isEmpty();
    assertThat(Iban.isValid("NL91ABNA0417164300")).isTrue();
    assertThat(Iban.isValid("NL92ABNA0417164300")).isFalse();
  }
}
