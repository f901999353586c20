package dev.ferry.connector.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class Tn5250ConfigTest {

  @Test
  void defaultsToTelnetPort23OrTls992AndA24x80Screen() {
    Tn5250Config plain = new Tn5250Config("ibmi", null, null, null, null, null, null, null, null);
    assertThat(plain.port()).isEqualTo(23);
    assertThat(plain.wide()).isFalse();
    assertThat(plain.timeout()).isEqualTo(Duration.ofSeconds(30));
    Tn5250Config tls = new Tn5250Config("ibmi", null, true, null, "27X132", null, null, null, null);
    assertThat(tls.port()).isEqualTo(992);
    assertThat(tls.wide()).isTrue();
  }

  @Test
  void rejectsSettingsThatCannotWork() {
    assertThatThrownBy(() -> new Tn5250Config(" ", 23, false, null, null, null, null, null, null))
        .hasMessageContaining("host cannot be blank");
    assertThatThrownBy(
            () -> new Tn5250Config("h", 23, false, null, "25x80", null, null, null, null))
        .hasMessageContaining("24x80 or 27x132");
    assertThatThrownBy(
            () -> new Tn5250Config("h", 23, false, null, null, "TOO-LONG-NAME", null, null, null))
        .hasMessageContaining("device-name");
    assertThatThrownBy(
            () -> new Tn5250Config("h", 23, false, "/x.pem", null, null, null, null, null))
        .hasMessageContaining("trust-certificates needs tls");
    assertThatThrownBy(
            () -> new Tn5250Config("h", 23, false, null, null, null, null, null, Duration.ZERO))
        .hasMessageContaining("timeout must be positive");
  }
}
