package dev.ferry.app;

import dev.ferry.definition.DefinitionLoader;
import dev.ferry.engine.model.DefinitionException;
import dev.ferry.engine.model.ProcessDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The process definitions in a directory ({@code *.yaml}, {@code *.yml}), read again when a file is
 * added, changed or removed. A file that no longer loads keeps its last good version in service
 * until it is fixed, so that an editing mistake stops nothing. Not thread-safe.
 */
final class DefinitionFolder {
  private final Path directory;
  private final DefinitionLoader loader;
  private Map<Path, byte[]> contents = Map.of();
  private final Map<Path, ProcessDefinition> lastGood = new TreeMap<>();

  DefinitionFolder(Path directory, DefinitionLoader loader) {
    this.directory = directory;
    this.loader = loader;
  }

  /**
   * Reads every file, reporting each problem.
   *
   * @return whether every file loaded and no two define the same process
   */
  boolean load(Consumer<String> report) {
    contents = read();
    boolean ok = true;
    for (Path file : contents.keySet()) {
      try {
        lastGood.put(file, loader.load(file));
      } catch (DefinitionException e) {
        e.problems().forEach(p -> report.accept(p.toString()));
        ok = false;
      }
    }
    return sameNameProblems(report) && ok;
  }

  /**
   * Reads the files again if any was added, changed or removed since the last read.
   *
   * @return whether anything changed; then {@link #definitions()} holds the new set
   */
  boolean reload(Consumer<String> report) {
    Map<Path, byte[]> now = read();
    if (sameContents(now)) {
      return false;
    }
    Map<Path, byte[]> before = contents;
    contents = now;
    lastGood.keySet().retainAll(now.keySet());
    for (Map.Entry<Path, byte[]> file : now.entrySet()) {
      if (Arrays.equals(file.getValue(), before.get(file.getKey()))) {
        continue;
      }
      ProcessDefinition previous = lastGood.get(file.getKey());
      try {
        lastGood.put(file.getKey(), loader.load(file.getKey()));
      } catch (DefinitionException e) {
        e.problems().forEach(p -> report.accept(p.toString()));
        report.accept(
            previous == null
                ? file.getKey() + " is not served until the problems above are fixed"
                : file.getKey()
                    + ": still serving "
                    + previous.name()
                    + " version "
                    + previous.version()
                    + " until the problems above are fixed");
      }
    }
    sameNameProblems(report);
    return true;
  }

  /** The definitions to serve, one per process name (the first file by name wins a clash). */
  List<ProcessDefinition> definitions() {
    Map<String, ProcessDefinition> byName = new LinkedHashMap<>();
    lastGood.values().forEach(d -> byName.putIfAbsent(d.name(), d));
    return new ArrayList<>(byName.values());
  }

  private boolean sameNameProblems(Consumer<String> report) {
    Map<String, Path> firstFile = new LinkedHashMap<>();
    boolean ok = true;
    for (Map.Entry<Path, ProcessDefinition> e : lastGood.entrySet()) {
      Path earlier = firstFile.putIfAbsent(e.getValue().name(), e.getKey());
      if (earlier != null) {
        report.accept(
            e.getKey()
                + ": process "
                + e.getValue().name()
                + " is already defined in "
                + earlier
                + "; give each process one file (this one is not served)");
        ok = false;
      }
    }
    return ok;
  }

  private boolean sameContents(Map<Path, byte[]> now) {
    if (!now.keySet().equals(contents.keySet())) {
      return false;
    }
    return now.entrySet().stream()
        .allMatch(e -> Arrays.equals(e.getValue(), contents.get(e.getKey())));
  }

  private Map<Path, byte[]> read() {
    Map<Path, byte[]> files = new TreeMap<>();
    try (Stream<Path> listing = Files.list(directory)) {
      for (Path file : listing.sorted().toList()) {
        String name = file.getFileName().toString();
        if ((name.endsWith(".yaml") || name.endsWith(".yml")) && Files.isRegularFile(file)) {
          try {
            files.put(file, Files.readAllBytes(file));
          } catch (IOException e) {
            // Removed between the listing and the read, or unreadable: the loader names it.
            files.put(file, new byte[0]);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the definitions in " + directory, e);
    }
    return files;
  }
}
