package dev.ferry.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.engine.ConnectorRegistry;
import dev.ferry.engine.model.DefinitionException;
import dev.ferry.engine.model.ProcessDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped core examples load with the real core connectors; the broken copy reports every
 * error.
 */
class ExamplesTest {
  private static final Path EXAMPLES = Path.of("examples");
  private final DefinitionLoader loader = new DefinitionLoader(ConnectorRegistry.discover());

  /**
   * The examples that use only the built-in connectors, which are all this module has. Examples for
   * other connectors are checked by the app module, which has every connector.
   */
  static List<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      return files
          .filter(p -> p.toString().endsWith(".yaml"))
          .filter(ExamplesTest::usesOnlyBuiltInConnectors)
          .sorted()
          .toList();
    }
  }

  private static boolean usesOnlyBuiltInConnectors(Path file) {
    try {
      return !Files.readString(file)
          .matches("(?s).*\\b(web|terminal|desktop|document)\\.[a-z-]+.*");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyExampleLoadsWithTheCoreConnectors(Path example) throws IOException {
    ProcessDefinition definition = loader.load(example);

    assertThat(definition.name()).isEqualTo(example.getFileName().toString().replace(".yaml", ""));
    assertThat(definition.steps()).isNotEmpty();
    assertThat(Files.readString(example)).startsWith("# ");
  }

  @Test
  void thereAreAtLeastThreeExamples() throws IOException {
    assertThat(examples()).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void theBrokenExampleReportsEveryPlantedProblemWithItsLineAndColumn() {
    Path broken = EXAMPLES.resolve("broken/vendor-payment-run.yaml");
    AtomicReference<DefinitionException> thrown = new AtomicReference<>();

    assertThatThrownBy(() -> loader.load(broken))
        .isInstanceOfSatisfying(DefinitionException.class, thrown::set);

    List<String> found =
        thrown.get().problems().stream()
            .map(
                p ->
                    p.location().file()
                        + ":"
                        + p.location().line()
                        + ":"
                        + p.location().column()
                        + " "
                        + p.message())
            .toList();
    String file = broken.toString();
    assertThat(found)
        .containsExactly(
            file + ":6:1 unknown key 'descripton' in the definition; did you mean 'description'?",
            file + ":14:13 unknown action csv.raed; did you mean 'csv.read'?",
            file
                + ":18:9 step id 'read-payments' is used twice, on line 13 and line 18; give each step its own id",
            file
                + ":20:46 'header' in with: of action csv.read: expected true, false, yes or no but got 'maybe'",
            file
                + ":26:39 the if: condition is not a valid expression: the expression ends too early; something is missing",
            file
                + ":30:37 unknown variable 'paymnt' in 'message' in with: of action log; did you mean 'payment'? (declare it under inputs:, or save a step's output with save-as: before this step)",
            file
                + ":34:5 with: of action csv.write needs 'rows' (The rows: a list of maps of column name to value.); add rows: <value>",
            file + ":37:10 unknown application 'mailer'; declare it under applications:",
            file + ":40:5 unknown key 'save_as' in a step; did you mean 'save-as'?");
  }
}
