package dev.ferry.app;

import dev.ferry.definition.ReferenceGenerator;
import dev.ferry.definition.SchemaGenerator;
import dev.ferry.engine.ConnectorRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ferry schema}: the JSON Schema for editors, or the YAML reference, for every connector
 * this build has.
 */
@Command(
    name = "schema",
    description =
        "Print the JSON Schema of process definitions (or the YAML reference in Markdown).")
final class SchemaCommand implements Callable<Integer> {
  @Option(names = "--reference", description = "Write the Markdown YAML reference instead.")
  boolean reference;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write to a file instead of printing.")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    ConnectorRegistry registry = ConnectorRegistry.discover();
    String text =
        reference
            ? new ReferenceGenerator(registry).generate()
            : new SchemaGenerator(registry).generate();
    if (out == null) {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
    } else {
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(out, text, StandardCharsets.UTF_8);
    }
    return 0;
  }
}
