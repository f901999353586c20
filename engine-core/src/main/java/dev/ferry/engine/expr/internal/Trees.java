package dev.ferry.engine.expr.internal;

import static dev.ferry.engine.expr.internal.Lexer.error;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Walks parsed expression trees without recursion. */
public final class Trees {
  private Trees() {}

  // Evaluation recurses once per level of the tree, so a very long chain such as a + b + ... with
  // thousands of terms is refused here rather than risking the evaluating thread's stack.
  static void checkHeight(Node root, int maxHeight) {
    Deque<Node> nodes = new ArrayDeque<>();
    Deque<Integer> heights = new ArrayDeque<>();
    nodes.push(root);
    heights.push(1);
    while (!nodes.isEmpty()) {
      Node node = nodes.pop();
      int height = heights.pop();
      if (height > maxHeight) {
        throw error(
            "the expression chains more than "
                + maxHeight
                + " operations; split it into several steps",
            node.start());
      }
      for (Node child : children(node)) {
        nodes.push(child);
        heights.push(height + 1);
      }
    }
  }

  /** The direct sub-expressions of a node, in source order. */
  public static List<Node> children(Node node) {
    if (node instanceof Node.Member) {
      return List.of(((Node.Member) node).target());
    } else if (node instanceof Node.Index) {
      return List.of(((Node.Index) node).target(), ((Node.Index) node).index());
    } else if (node instanceof Node.Call) {
      return ((Node.Call) node).args();
    } else if (node instanceof Node.Has) {
      return List.of(((Node.Has) node).target());
    } else if (node instanceof Node.Comprehension) {
      return List.of(((Node.Comprehension) node).range(), ((Node.Comprehension) node).body());
    } else if (node instanceof Node.Unary) {
      return List.of(((Node.Unary) node).operand());
    } else if (node instanceof Node.Binary) {
      return List.of(((Node.Binary) node).left(), ((Node.Binary) node).right());
    } else if (node instanceof Node.Conditional) {
      Node.Conditional c = (Node.Conditional) node;
      return List.of(c.condition(), c.then(), c.otherwise());
    } else if (node instanceof Node.ListLiteral) {
      return ((Node.ListLiteral) node).items();
    } else if (node instanceof Node.MapLiteral) {
      List<Node> all = new ArrayList<>(((Node.MapLiteral) node).keys());
      all.addAll(((Node.MapLiteral) node).values());
      return all;
    }
    return List.of();
  }
}
