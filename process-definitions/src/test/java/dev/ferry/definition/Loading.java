package dev.ferry.definition;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.engine.model.DefinitionException;
import dev.ferry.engine.model.Problem;
import dev.ferry.engine.model.ProcessDefinition;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** Loads YAML written in a test with the test connectors. */
final class Loading {
  static final DefinitionLoader LOADER = new DefinitionLoader(TestConnectors.registry());

  private Loading() {}

  static ProcessDefinition load(String yaml) {
    return LOADER.load("test.yaml", yaml);
  }

  /** The problems loading reports; fails the test when it loads. */
  static List<Problem> problems(String yaml) {
    AtomicReference<List<Problem>> found = new AtomicReference<>();
    assertThatThrownBy(() -> load(yaml))
        .isInstanceOfSatisfying(DefinitionException.class, e -> found.set(e.problems()));
    return found.get();
  }

  /** "line:column message" for each problem, for compact assertions. */
  static List<String> described(String yaml) {
    return problems(yaml).stream()
        .map(p -> p.location().line() + ":" + p.location().column() + " " + p.message())
        .toList();
  }

  /** A minimal valid head: process, version, and the given body. */
  static String definition(String body) {
    return "process: test-process\nversion: 1\n" + body;
  }
}
