package dev.ferry.bench.engines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptionsTest {

  @Test
  void defaultsToAllEnginesDatabasesAndBothStepCounts() {
    Settings settings = EngineBench.Options.parse(new String[0]).settings();

    assertThat(settings.engines()).containsExactly("ferry", "flowable", "camunda");
    assertThat(settings.databases()).containsExactly("mem", "file", "pg");
    assertThat(settings.steps()).containsExactly(10, 216);
  }

  @Test
  void readsListsAndFractionalSeconds() {
    Settings settings =
        EngineBench.Options.parse(
                new String[] {"--engines", "ferry, camunda", "--steps", "5", "--seconds", "0.5"})
            .settings();

    assertThat(settings.engines()).isEqualTo(List.of("ferry", "camunda"));
    assertThat(settings.steps()).containsExactly(5);
    assertThat(settings.iteration()).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void namesTheUnknownEngine() {
    assertThatThrownBy(() -> EngineBench.Options.parse(new String[] {"--engines", "jbpm"}))
        .hasMessageContaining("unknown engine 'jbpm'");
  }

  @Test
  void namesTheOptionWhoseNumberIsWrong() {
    assertThatThrownBy(() -> EngineBench.Options.parse(new String[] {"--steps", "ten"}))
        .hasMessageContaining("--steps needs a number, not 'ten'");
  }

  @Test
  void refusesAnOptionWithoutAValue() {
    assertThatThrownBy(() -> EngineBench.Options.parse(new String[] {"--seconds"}))
        .hasMessageContaining("--seconds needs a value");
  }
}
