package dev.ferry.definition.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The keys of one YAML map, in file order, with duplicate and non-text keys already reported.
 * Reading a key marks it as known; {@link #rejectUnknown} reports the rest.
 */
public final class Fields {
  private final Node node;
  private final Map<String, NodeTuple> entries;
  private final Problems problems;

  private Fields(Node node, Map<String, NodeTuple> entries, Problems problems) {
    this.node = node;
    this.entries = entries;
    this.problems = problems;
  }

  /**
   * The fields of {@code node}, or no fields (after reporting a problem) when it is not a map.
   *
   * @param what how to name the map in a message, such as "the step"
   */
  public static Fields of(Node node, String what, Problems problems) {
    Map<String, NodeTuple> entries = new LinkedHashMap<>();
    if (!(node instanceof MappingNode mapping)) {
      if (node != null && !Scalars.isNull(node)) {
        problems.add(
            node, what + " must be a map of 'key: value' lines, not " + Scalars.kind(node));
      }
      return new Fields(node, entries, problems);
    }
    for (NodeTuple tuple : mapping.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
        problems.add(tuple.getKeyNode(), "a key in " + what + " must be plain text");
        continue;
      }
      NodeTuple first = entries.putIfAbsent(key.getValue(), tuple);
      if (first != null) {
        problems.add(
            key,
            "key '"
                + key.getValue()
                + "' appears twice in "
                + what
                + " (first on line "
                + (first.getKeyNode().getStartMark().getLine() + 1)
                + "); keep only one");
      }
    }
    return new Fields(node, entries, problems);
  }

  public Node node() {
    return node;
  }

  public boolean has(String key) {
    return entries.containsKey(key);
  }

  public Set<String> keys() {
    return entries.keySet();
  }

  /** The value under {@code key}, or null when absent. */
  public Node value(String key) {
    NodeTuple tuple = entries.get(key);
    return tuple == null ? null : tuple.getValueNode();
  }

  /** The key node itself, for placing a problem on the key rather than its value. */
  public Node keyNode(String key) {
    NodeTuple tuple = entries.get(key);
    return tuple == null ? null : tuple.getKeyNode();
  }

  /** Reports each key not in {@code known}, suggesting the closest known one. */
  public void rejectUnknown(Collection<String> known, String what) {
    for (NodeTuple tuple : entries.values()) {
      String key = ((ScalarNode) tuple.getKeyNode()).getValue();
      if (!known.contains(key)) {
        String hint = Suggestions.hint(key, known);
        problems.add(
            tuple.getKeyNode(),
            "unknown key '"
                + key
                + "' in "
                + what
                + (hint.isEmpty()
                    ? "; the keys allowed here are " + String.join(", ", known)
                    : hint));
      }
    }
  }
}
