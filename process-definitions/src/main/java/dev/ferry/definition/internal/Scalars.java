package dev.ferry.definition.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads YAML scalars from their text, never through YAML's own typing: {@code 12.50} is a
 * BigDecimal (never a double), {@code 3} a Long, {@code true}/{@code false} booleans, {@code ~} and
 * {@code null} null, and anything quoted stays text. YAML 1.1 oddities such as {@code yes}, {@code
 * 0x1F} or {@code 1_000} stay text too, so a country code {@code NO} is never false.
 */
public final class Scalars {
  private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");
  private static final Pattern DECIMAL =
      Pattern.compile(
          "[-+]?(?:[0-9]+\\.[0-9]*|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?|[-+]?[0-9]+[eE][-+]?[0-9]+");

  private Scalars() {}

  public static boolean isPlain(ScalarNode node) {
    return node.getScalarStyle() == ScalarStyle.PLAIN;
  }

  public static boolean isNull(Node node) {
    if (!(node instanceof ScalarNode scalar) || !isPlain(scalar)) {
      return false;
    }
    String text = scalar.getValue();
    return text.isEmpty() || text.equals("~") || text.equalsIgnoreCase("null");
  }

  /** The scalar's value: null, Boolean, Long, BigDecimal or String. */
  public static Object value(ScalarNode node) {
    String text = node.getValue();
    if (!isPlain(node)) {
      return text;
    }
    if (isNull(node)) {
      return null;
    }
    if (text.equalsIgnoreCase("true")) {
      return Boolean.TRUE;
    }
    if (text.equalsIgnoreCase("false")) {
      return Boolean.FALSE;
    }
    if (INTEGER.matcher(text).matches()) {
      BigInteger big = new BigInteger(text);
      return big.bitLength() < 64 ? (Object) big.longValue() : new BigDecimal(big);
    }
    if (DECIMAL.matcher(text).matches()) {
      return new BigDecimal(text);
    }
    return text;
  }

  /** "a list", "a map", "the number 3"...: how to name what the analyst wrote in a message. */
  public static String kind(Node node) {
    if (node instanceof SequenceNode) {
      return "a list";
    }
    if (node instanceof MappingNode) {
      return "a map";
    }
    if (node instanceof ScalarNode scalar) {
      Object value = value(scalar);
      if (value == null) {
        return "an empty value";
      }
      if (value instanceof Boolean) {
        return "the boolean " + value;
      }
      if (value instanceof Number) {
        return "the number " + scalar.getValue();
      }
      return "the text '" + scalar.getValue() + "'";
    }
    return "an unknown value";
  }

  /** The text of a scalar, or null after reporting a problem when it is missing or not a scalar. */
  public static String text(Node node, String what, Problems problems) {
    if (node instanceof ScalarNode scalar && !isNull(scalar)) {
      return scalar.getValue();
    }
    problems.add(node, what + " must be text, not " + kind(node));
    return null;
  }

  /** A whole number, or null after reporting a problem. */
  public static Long integer(Node node, String what, Problems problems) {
    if (node instanceof ScalarNode scalar && value(scalar) instanceof Long number) {
      return number;
    }
    problems.add(node, what + " must be a whole number, not " + kind(node));
    return null;
  }

  /** A whole number from {@code min} up, or null after reporting a problem. */
  public static Integer atLeast(Node node, int min, String what, Problems problems) {
    Long number = integer(node, what, problems);
    if (number == null) {
      return null;
    }
    if (number < min || number > Integer.MAX_VALUE) {
      problems.add(node, what + " must be a whole number of at least " + min + ", not " + number);
      return null;
    }
    return number.intValue();
  }

  /** true or false, or null after reporting a problem. */
  public static Boolean bool(Node node, String what, Problems problems) {
    if (node instanceof ScalarNode scalar && value(scalar) instanceof Boolean flag) {
      return flag;
    }
    problems.add(node, what + " must be true or false, not " + kind(node));
    return null;
  }

  /** A duration such as {@code 30s}, or null after reporting a problem. */
  public static Duration duration(Node node, String what, Problems problems) {
    if (node instanceof ScalarNode scalar) {
      var parsed = DurationText.parse(scalar.getValue());
      if (parsed.isPresent()) {
        return parsed.get();
      }
    }
    problems.add(
        node, what + " must be a duration, not " + kind(node) + "; " + DurationText.FORMAT);
    return null;
  }
}
