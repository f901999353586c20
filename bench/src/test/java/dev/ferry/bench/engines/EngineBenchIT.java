package dev.ferry.bench.engines;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineBenchIT {
  @TempDir Path directory;

  @Test
  void measuresEveryEngineOnH2FilesAndCountsWhatTheyWrite() {
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    String table =
        EngineBench.run(
            new Settings(
                List.of("ferry", "ferry-set", "flowable", "camunda"),
                List.of("file"),
                List.of(3),
                Measurement.seconds(0.2),
                Measurement.seconds(0.2),
                1,
                2,
                directory),
            new PrintStream(progress, true, StandardCharsets.UTF_8));

    assertThat(table).doesNotContain("failed");
    for (String engine : List.of("ferry", "ferry-set", "flowable", "camunda")) {
      String[] cells = row(table, "| " + engine + " | H2 file | 3 |");
      // tx/s, rows/tx and disk bytes/tx are measured, not left blank.
      assertThat(Double.parseDouble(cells[4])).as(engine + " tx/s").isPositive();
      assertThat(Double.parseDouble(cells[7])).as(engine + " CPU µs/step").isPositive();
      assertThat(Double.parseDouble(cells[12])).as(engine + " rows/tx").isPositive();
      assertThat(Double.parseDouble(cells[14])).as(engine + " disk bytes/tx").isPositive();
    }
    assertThat(table)
        .contains("| Ferry / flowable | H2 file | 3 |", "| Ferry / camunda | H2 file | 3 |");
  }

  private static String[] row(String table, String start) {
    String line =
        Arrays.stream(table.split("\n"))
            .filter(l -> l.startsWith(start))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no row " + start + " in\n" + table));
    return Arrays.stream(line.split("\\|")).map(String::trim).toArray(String[]::new);
  }
}
