package dev.ferry.app;

import dev.ferry.definition.DefinitionLoader;
import dev.ferry.engine.ConnectorRegistry;
import dev.ferry.engine.model.DefinitionException;
import dev.ferry.engine.model.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ferry validate FILE...}: checks definitions without running them. */
@Command(
    name = "validate",
    description = "Check process definitions and print every problem with its line and column.")
final class ValidateCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "YAML process definitions.")
  List<Path> files;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    DefinitionLoader loader = new DefinitionLoader(ConnectorRegistry.discover());
    int problems = 0;
    for (Path file : files) {
      try {
        var definition = loader.load(file);
        out.printf(
            "%s: ok (%s v%d, %d steps)%n",
            file, definition.name(), definition.version(), definition.steps().size());
      } catch (DefinitionException e) {
        for (Problem problem : e.problems()) {
          out.println(problem);
        }
        problems += e.problems().size();
      }
    }
    if (problems > 0) {
      out.printf("%d problem%s found.%n", problems, problems == 1 ? "" : "s");
      return Ferry.INVALID;
    }
    return 0;
  }
}
