package dev.ferry.engine.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.engine.spi.BusinessException;
import dev.ferry.engine.spi.ConnectorSession;
import dev.ferry.engine.spi.NoOutput;
import dev.ferry.engine.testing.TestActionContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoreActionsTest {
  @TempDir Path work;

  private TestActionContext context() {
    return TestActionContext.forSession(ConnectorSession.NONE).withWorkDirectory(work);
  }

  @Test
  void csvWrittenThenReadComesBackRowForRowWithQuotingIntact() {
    List<Map<String, Object>> rows =
        List.of(
            Map.of("vendor", "ACME, Inc.", "amount", "12.50", "note", "said \"hi\""),
            Map.of("vendor", "Müller GmbH", "amount", "7", "note", "line\nbreak"));
    new CsvWriteAction()
        .execute(
            new CsvWriteAction.Input(
                "reports/out.csv", rows, List.of("vendor", "amount", "note"), ","),
            context());

    CsvReadAction.Output read =
        new CsvReadAction()
            .execute(new CsvReadAction.Input("reports/out.csv", ",", true), context());

    assertThat(read.count()).isEqualTo(2);
    assertThat(read.rows().get(0))
        .containsEntry("vendor", "ACME, Inc.")
        .containsEntry("note", "said \"hi\"");
    assertThat(read.rows().get(1))
        .containsEntry("vendor", "Müller GmbH")
        .containsEntry("note", "line\nbreak");
  }

  @Test
  void aCsvRowWithTheWrongNumberOfFieldsIsABusinessFailureNamingTheRow() throws Exception {
    Files.writeString(work.resolve("bad.csv"), "a,b\n1,2\n3\n");

    assertThatThrownBy(
            () ->
                new CsvReadAction()
                    .execute(new CsvReadAction.Input("bad.csv", ",", true), context()))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("row 3 has 1 fields but the header has 2");
  }

  @Test
  void fileActionsRefusePathsOutsideTheWorkDirectory() throws Exception {
    Path outside = Files.createTempFile("ferry-outside", ".txt");
    Files.createSymbolicLink(work.resolve("link"), outside.getParent());

    for (String path :
        List.of("../escape.txt", outside.toString(), "link/" + outside.getFileName())) {
      assertThatThrownBy(
              () -> new FileReadAction().execute(new FileReadAction.Input(path), context()))
          .as(path)
          .isInstanceOf(BusinessException.class)
          .hasMessageContaining("outside the work directory");
    }
    Files.delete(outside);
  }

  @Test
  void fileWriteThenReadRoundTripsAndAppends() {
    new FileWriteAction().execute(new FileWriteAction.Input("a/b.txt", "one\n", false), context());
    new FileWriteAction().execute(new FileWriteAction.Input("a/b.txt", "two\n", true), context());

    assertThat(new FileReadAction().execute(new FileReadAction.Input("a/b.txt"), context()).text())
        .isEqualTo("one\ntwo\n");
  }

  @Test
  void assertFailsAsABusinessFailureWithItsCode() {
    assertThatThrownBy(
            () ->
                new AssertAction()
                    .execute(new AssertAction.Input(false, "NO_TOTAL", "no total"), context()))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).code())
        .isEqualTo("NO_TOTAL");
    assertThat(new AssertAction().execute(new AssertAction.Input(true, "X", null), context()))
        .isEqualTo(NoOutput.INSTANCE);
  }

  @Test
  void waitStopsAtTheStepDeadline() {
    long start = System.nanoTime();
    new WaitAction()
        .execute(
            new WaitAction.Input(Duration.ofMinutes(5)),
            context().withTimeout(Duration.ofMillis(150)));

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }
}
