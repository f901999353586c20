package dev.ferry.document.invoice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParserTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2024-03-05|2024-03-05",
        "05.03.2024|2024-03-05",
        "05/03/24|2024-03-05",
        "5. März 2024|2024-03-05",
        "29 maart 2014|2014-03-29",
        "12 janvier 2024|2024-01-12",
        "1er février 2024|2024-02-01",
        "March 5, 2024|2024-03-05",
        "August 3 , 2014|2014-08-03",
        "31/12/2017|2017-12-31",
        "made this 20th day of December 2018|2018-12-20",
        "effective as from the 1st day of January, 2009|2009-01-01",
        "granted on the 23rd of January of 1996|1996-01-23"
      })
  void readsDatesInFourLanguages(String text, String expected) {
    assertThat(DateParser.findAll(text, false))
        .first()
        .extracting(DateParser.Found::date)
        .isEqualTo(LocalDate.parse(expected));
  }

  @Test
  void readsSlashDatesMonthFirstOnlyWhenAskedTo() {
    assertThat(DateParser.findAll("03/05/2024", true).get(0).date())
        .isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(DateParser.findAll("03/05/2024", false).get(0).date())
        .isEqualTo(LocalDate.of(2024, 5, 3));
  }

  @Test
  void rejectsImpossibleDates() {
    assertThat(DateParser.findAll("31.02.2024 and 1.13.2024", false)).isEmpty();
  }
}
