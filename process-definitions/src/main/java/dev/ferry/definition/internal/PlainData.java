package dev.ferry.definition.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Turns a YAML node into plain, unmodifiable Java data: lists, maps and scalars. */
public final class PlainData {
  private PlainData() {}

  public static Object of(Node node) {
    if (node instanceof ScalarNode scalar) {
      return Scalars.value(scalar);
    }
    if (node instanceof SequenceNode sequence) {
      List<Object> items = new ArrayList<>();
      sequence.getValue().forEach(item -> items.add(of(item)));
      return Collections.unmodifiableList(items);
    }
    if (node instanceof MappingNode mapping) {
      Map<String, Object> entries = new LinkedHashMap<>();
      for (NodeTuple tuple : mapping.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode key) {
          entries.put(key.getValue(), of(tuple.getValueNode()));
        }
      }
      return Collections.unmodifiableMap(entries);
    }
    return null;
  }
}
