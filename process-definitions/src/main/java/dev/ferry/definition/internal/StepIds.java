package dev.ferry.definition.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Step ids of one definition: explicit ones must be unique; generated ones ({@code log-1}, {@code
 * for-each-2}) never clash with any id written anywhere in the file.
 */
public final class StepIds {
  private final Problems problems;
  private final Set<String> written = new HashSet<>();
  private final Map<String, Node> explicit = new HashMap<>();
  private final Map<String, Integer> counters = new HashMap<>();

  private StepIds(Problems problems) {
    this.problems = problems;
  }

  /** Collects every {@code id:} value in the file first, so that generated ids can avoid them. */
  public static StepIds scan(Node root, Problems problems) {
    StepIds ids = new StepIds(problems);
    ids.collect(root, 0);
    return ids;
  }

  private void collect(Node node, int depth) {
    if (depth > YamlSource.MAX_DEPTH) {
      return;
    }
    if (node instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode key
            && key.getValue().equals("id")
            && tuple.getValueNode() instanceof ScalarNode value) {
          written.add(value.getValue());
        }
        collect(tuple.getValueNode(), depth + 1);
      }
    } else if (node instanceof SequenceNode sequence) {
      sequence.getValue().forEach(item -> collect(item, depth + 1));
    }
  }

  /** Registers an explicit id, reporting it when another step already has it. */
  public void claim(String id, Node node) {
    Node first = explicit.putIfAbsent(id, node);
    if (first != null) {
      problems.add(
          node,
          "step id '"
              + id
              + "' is used twice, on line "
              + (first.getStartMark().getLine() + 1)
              + " and line "
              + (node.getStartMark().getLine() + 1)
              + "; give each step its own id");
    }
  }

  /** A new id such as {@code http-request-2}, unique in the definition. */
  public String generate(String base) {
    String clean = base.replaceAll("[^A-Za-z0-9_-]+", "-");
    while (true) {
      int n = counters.merge(clean, 1, Integer::sum);
      String id = clean + "-" + n;
      if (!written.contains(id)) {
        written.add(id);
        return id;
      }
    }
  }
}
