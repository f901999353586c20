package dev.ferry.connector.desktop.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class OleDateTest {
  @Test
  void countsDaysFromTheThirtiethOfDecember1899() {
    assertThat(OleDate.toOle(LocalDateTime.of(1899, 12, 30, 0, 0))).isEqualTo(0.0);
    assertThat(OleDate.toOle(LocalDateTime.of(1900, 1, 1, 0, 0))).isEqualTo(2.0);
    assertThat(OleDate.toOle(LocalDateTime.of(2024, 2, 29, 12, 0))).isEqualTo(45351.5);
  }

  @Test
  void datesBeforeTheEpochCountBackWithTheTimeCountingForward() {
    assertThat(OleDate.toOle(LocalDateTime.of(1899, 12, 29, 6, 0))).isEqualTo(-1.25);
    assertThat(OleDate.fromOle(-1.25)).isEqualTo(LocalDateTime.of(1899, 12, 29, 6, 0));
  }

  @Test
  void roundTripsToTheMillisecond() {
    LocalDateTime time = LocalDateTime.of(2026, 11, 22, 5, 7, 31, 250_000_000);
    assertThat(OleDate.fromOle(OleDate.toOle(time))).isEqualTo(time);
  }
}
