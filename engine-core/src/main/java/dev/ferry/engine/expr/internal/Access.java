package dev.ferry.engine.expr.internal;

import dev.ferry.engine.spi.DocumentRef;
import java.util.List;
import java.util.Map;

/**
 * Reading inside values: fields of maps and documents, list and map items, {@code has(...)} and
 * {@code in}. A document shows only its name, media type, size and hash, never its file path.
 */
final class Access {
  private final Evaluator evaluator;

  Access(Evaluator evaluator) {
    this.evaluator = evaluator;
  }

  Object field(Node node, Object target, String name) {
    if (target == null) {
      return null;
    }
    if (target instanceof Map) {
      return evaluator.expose(node, ((Map<?, ?>) target).get(name));
    }
    if (target instanceof DocumentRef) {
      DocumentRef doc = (DocumentRef) target;
      switch (name) {
        case "name":
          return doc.name();
        case "mediaType":
          return doc.mediaType();
        case "size":
          return doc.size();
        case "sha256":
          return doc.sha256();
        default:
          throw evaluator.fail(
              node,
              "a document has no readable field '"
                  + name
                  + "'; expressions can read only name, mediaType, size and sha256");
      }
    }
    throw evaluator.fail(
        node,
        "cannot read '"
            + name
            + "' from "
            + Describe.value(target)
            + "; only maps and documents have fields");
  }

  Object index(Node.Index node) {
    Object target = evaluator.evaluate(node.target());
    Object key = evaluator.evaluate(node.index());
    if (target == null || key == null) {
      return null;
    }
    if (target instanceof List) {
      if (!(key instanceof Long)) {
        throw evaluator.fail(
            node.index(), "a list position must be a whole number, not " + Describe.value(key));
      }
      List<?> list = (List<?>) target;
      long i = (Long) key;
      return i < 0 || i >= list.size() ? null : evaluator.expose(node, list.get((int) i));
    }
    if (target instanceof Map || target instanceof DocumentRef) {
      if (!(key instanceof String)) {
        throw evaluator.fail(node.index(), "a map key must be text, not " + Describe.value(key));
      }
      return field(node, target, (String) key);
    }
    throw evaluator.fail(
        node, "cannot index into " + Describe.value(target) + "; only lists and maps have items");
  }

  boolean has(Node target) {
    if (target instanceof Node.Name) {
      return evaluator.isSet(((Node.Name) target).name());
    }
    if (target instanceof Node.Member) {
      Node.Member member = (Node.Member) target;
      Object owner = evaluator.evaluate(member.target());
      if (owner instanceof Map) {
        return ((Map<?, ?>) owner).get(member.name()) != null;
      }
      return owner instanceof DocumentRef
          && List.of("name", "mediaType", "size", "sha256").contains(member.name());
    }
    return evaluator.evaluate(target) != null;
  }

  boolean in(Node node, Object a, Object b) {
    if (b == null) {
      return false;
    }
    if (b instanceof List) {
      evaluator.charge(((List<?>) b).size());
      for (Object item : (List<?>) b) {
        if (Operators.equal(a, evaluator.expose(node, item))) {
          return true;
        }
      }
      return false;
    }
    if (b instanceof Map) {
      return ((Map<?, ?>) b).containsKey(a);
    }
    if (b instanceof String && a instanceof String) {
      return ((String) b).contains((String) a);
    }
    throw evaluator.fail(
        node,
        "cannot look for "
            + Describe.value(a)
            + " in "
            + Describe.value(b)
            + "; 'in' works on lists, maps and text");
  }
}
