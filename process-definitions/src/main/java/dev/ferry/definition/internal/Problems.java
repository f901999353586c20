package dev.ferry.definition.internal;

import dev.ferry.engine.model.Problem;
import dev.ferry.engine.model.SourceLocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/** The problems found in one definition file, each placed at a 1-based line and column. */
public final class Problems {
  private final String file;
  private final List<Problem> found = new ArrayList<>();

  public Problems(String file) {
    this.file = file;
  }

  public String file() {
    return file;
  }

  public SourceLocation at(Node node) {
    return node == null ? new SourceLocation(file, 1, 1) : at(node.getStartMark());
  }

  public SourceLocation at(Mark mark) {
    return mark == null
        ? new SourceLocation(file, 1, 1)
        : new SourceLocation(file, mark.getLine() + 1, mark.getColumn() + 1);
  }

  public void add(Node node, String message) {
    found.add(new Problem(at(node), message));
  }

  public void add(SourceLocation location, String message) {
    found.add(new Problem(location, message));
  }

  public boolean isEmpty() {
    return found.isEmpty();
  }

  public int count() {
    return found.size();
  }

  /** Every problem, in the order they appear in the file. */
  public List<Problem> sorted() {
    return found.stream()
        .sorted(
            Comparator.comparingInt((Problem p) -> p.location().line())
                .thenComparingInt(p -> p.location().column()))
        .toList();
  }
}
