package dev.ferry.definition.internal;

import dev.ferry.engine.model.SourceLocation;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Parses a definition's YAML into SnakeYAML's node tree as data only. No tag is honoured (an
 * explicit {@code !!python/object} or {@code !java...} tag is a problem), anchors and aliases are
 * limited so that a "billion laughs" file cannot exhaust memory, and the size and nesting depth are
 * bounded.
 */
public final class YamlSource {
  /** Larger than any sane definition; a runaway file is rejected before it is parsed. */
  public static final int MAX_CHARACTERS = 1_000_000;

  public static final int MAX_ALIASES = 20;
  public static final int MAX_DEPTH = 40;

  private YamlSource() {}

  /** The document's root node, or null when the file cannot be used (the problems say why). */
  public static Node parse(String text, Problems problems) {
    if (text.length() > MAX_CHARACTERS) {
      problems.add(
          new SourceLocation(problems.file(), 1, 1),
          "the file has "
              + text.length()
              + " characters, more than the "
              + MAX_CHARACTERS
              + " allowed; split the process into sub-processes with call:");
      return null;
    }
    Yaml yaml = new Yaml(options());
    try {
      boolean recursive = checkEvents(yaml.parse(new StringReader(text)), problems);
      if (recursive) {
        return null;
      }
      Node root = yaml.compose(new StringReader(text));
      if (root == null) {
        problems.add(
            new SourceLocation(problems.file(), 1, 1),
            "the file is empty; a definition starts with 'process: <name>'");
      }
      return root;
    } catch (MarkedYAMLException e) {
      problems.add(problems.at(e.getProblemMark()), syntaxMessage(e));
      return null;
    } catch (YAMLException e) {
      String message = String.valueOf(e.getMessage());
      problems.add(
          new SourceLocation(problems.file(), 1, 1),
          message.contains("Nesting Depth")
              ? "the YAML is nested more than " + MAX_DEPTH + " levels deep; flatten it"
              : "the file cannot be read as YAML: " + message);
      return null;
    }
  }

  private static LoaderOptions options() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(MAX_CHARACTERS * 4);
    options.setAllowRecursiveKeys(false);
    options.setMergeOnCompose(false);
    options.setProcessComments(false);
    return options;
  }

  /**
   * Reports explicit tags, too many aliases and self-referencing anchors.
   *
   * @return whether an anchor refers to itself, which would make the tree infinite
   */
  private static boolean checkEvents(Iterable<Event> events, Problems problems) {
    Deque<String> openAnchors = new ArrayDeque<>();
    Set<String> open = new HashSet<>();
    int aliases = 0;
    boolean recursive = false;
    for (Event event : events) {
      if (event instanceof NodeEvent node) {
        String tag = tagOf(event);
        if (tag != null) {
          problems.add(
              problems.at(event.getStartMark()),
              "YAML tags such as '"
                  + tag
                  + "' are not allowed: a definition is plain data; remove the tag"
                  + " (quote the value if it is meant as text)");
        }
        if (event instanceof AliasEvent alias) {
          aliases++;
          if (aliases == MAX_ALIASES + 1) {
            problems.add(
                problems.at(event.getStartMark()),
                "more than "
                    + MAX_ALIASES
                    + " aliases (*name) in one file; write the values out or use call:");
          }
          if (open.contains(alias.getAnchor())) {
            problems.add(
                problems.at(event.getStartMark()),
                "alias *" + alias.getAnchor() + " refers to the map or list that contains it");
            recursive = true;
          }
        }
        if (event instanceof CollectionStartEvent) {
          String anchor = node.getAnchor();
          openAnchors.push(anchor == null ? "" : anchor);
          if (anchor != null) {
            open.add(anchor);
          }
        }
      } else if (event instanceof CollectionEndEvent && !openAnchors.isEmpty()) {
        open.remove(openAnchors.pop());
      }
    }
    return recursive || aliases > MAX_ALIASES;
  }

  private static String tagOf(Event event) {
    if (event instanceof ScalarEvent scalar) {
      return scalar.getTag();
    }
    if (event instanceof CollectionStartEvent collection) {
      return collection.getTag();
    }
    return null;
  }

  private static String syntaxMessage(MarkedYAMLException e) {
    String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
    String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
    if (problem.contains("nesting depth")) {
      return "the YAML is nested more than " + MAX_DEPTH + " levels deep; flatten it";
    }
    return "YAML syntax error: "
        + problem
        + context
        + "; check the indentation, and quote values that contain ': ' or start with '{', '[', '*'"
        + " or '&'";
  }
}
