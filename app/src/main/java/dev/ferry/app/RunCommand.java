package dev.ferry.app;

import dev.ferry.definition.DefinitionLoader;
import dev.ferry.engine.ConnectorRegistry;
import dev.ferry.engine.FerryEngine;
import dev.ferry.engine.RunOptions;
import dev.ferry.engine.TransactionResult;
import dev.ferry.engine.WorkItem;
import dev.ferry.engine.ledger.Ledger;
import dev.ferry.engine.ledger.TransactionStatus;
import dev.ferry.engine.model.DefinitionException;
import dev.ferry.engine.model.ProcessDefinition;
import dev.ferry.engine.model.ValueType;
import dev.ferry.engine.spi.DocumentRef;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ferry run FILE}: runs one transaction of a definition now, on this machine. */
@Command(
    name = "run",
    description = "Run one transaction of a process definition and show its steps.")
final class RunCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "The YAML process definition.")
  Path file;

  @Option(
      names = {"-i", "--input"},
      paramLabel = "NAME=VALUE",
      description = "An input value; repeat for more.")
  Map<String, String> inputs = new LinkedHashMap<>();

  @Option(names = "--dry-run", description = "Fake every connector action and print the plan.")
  boolean dryRun;

  @Option(names = "--business-key", description = "The work item's identity; a repeat is dropped.")
  String businessKey;

  @Option(
      names = {"-c", "--config"},
      paramLabel = "KEY=VALUE",
      description = "A value definitions read as ${config.KEY}; dots nest (portal.url=...).")
  Map<String, String> configValues = new LinkedHashMap<>();

  @Option(
      names = "--work-dir",
      description = "The directory file actions use (default: <data-dir>/work).")
  Path workDirectory;

  @Mixin NodeOptions node;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ConnectorRegistry registry = ConnectorRegistry.discover();
    DefinitionLoader loader = new DefinitionLoader(registry);
    ProcessDefinition definition;
    try {
      definition = loader.load(file);
    } catch (DefinitionException e) {
      e.problems().forEach(out::println);
      out.printf("%s cannot run: fix the problems above first.%n", file);
      return Ferry.INVALID;
    }
    Files.createDirectories(node.dataDirectory());
    try (Ledger ledger = node.openLedger()) {
      var config =
          node.engineConfig(ledger, registry)
              .subProcesses(name -> sibling(loader, name))
              .configValues(nested(configValues));
      if (workDirectory != null) {
        config.workDirectory(workDirectory);
      }
      try (FerryEngine engine = new FerryEngine(config.build())) {
        Map<String, Object> given = new LinkedHashMap<>(inputs);
        documentInputs(definition, given);
        WorkItem item = WorkItem.of(given).withBusinessKey(businessKey);
        RunOptions options = new RunOptions(dryRun, ProgressDisplay.forConsole());
        TransactionResult result = engine.run(definition, item, options);
        if (result.duplicate()) {
          out.printf(
              "Dropped as a duplicate: business key %s is already transaction %s (%s).%n",
              businessKey, result.id(), result.status());
          return 0;
        }
        TransactionPrinter.print(ledger, ledger.transaction(result.id()).orElseThrow(), false, out);
        out.printf(
            "%n%s%s in %d steps, %d ms. See it again with: ferry show %s%n",
            dryRun ? "Dry run " : "",
            result.status(),
            result.steps(),
            result.duration().toMillis(),
            result.id());
        return result.status() == TransactionStatus.SUCCEEDED ? 0 : Ferry.FAILED;
      }
    }
  }

  /** Inputs declared as documents are given as file paths; hand them over as documents. */
  private static void documentInputs(ProcessDefinition definition, Map<String, Object> given) {
    for (var input : definition.inputs()) {
      if (input.type() == ValueType.DOCUMENT && given.get(input.name()) instanceof String path) {
        Path file = Path.of(path);
        if (!Files.isRegularFile(file)) {
          throw new IllegalArgumentException(
              "input '" + input.name() + "' names a document that does not exist: " + file);
        }
        given.put(input.name(), DocumentRef.of(file));
      }
    }
  }

  /** Turns {@code portal.url=x} into {@code {portal: {url: x}}}. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> nested(Map<String, String> flat) {
    Map<String, Object> root = new LinkedHashMap<>();
    flat.forEach(
        (key, value) -> {
          String[] parts = key.split("\\.");
          Map<String, Object> node = root;
          for (int i = 0; i < parts.length - 1; i++) {
            node = (Map<String, Object>) node.computeIfAbsent(parts[i], k -> new LinkedHashMap<>());
          }
          node.put(parts[parts.length - 1], value);
        });
    return root;
  }

  private Optional<ProcessDefinition> sibling(DefinitionLoader loader, String name) {
    Path dir = file.toAbsolutePath().getParent();
    for (String extension : new String[] {".yaml", ".yml"}) {
      Path candidate = dir.resolve(name + extension);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(loader.load(candidate));
      }
    }
    return Optional.empty();
  }
}
