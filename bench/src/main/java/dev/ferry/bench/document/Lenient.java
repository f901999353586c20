package dev.ferry.bench.document;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;

/** Lenient comparisons, as the corpus README asks: names, ids and amounts normalised. */
final class Lenient {
  private Lenient() {}

  static String norm(String s) {
    if (s == null) {
      return "";
    }
    String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    return n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  /** The expected name contained in the found one, or the other way round. */
  static boolean sameName(String expected, String found) {
    String e = norm(expected);
    String f = norm(found);
    return !e.isEmpty() && !f.isEmpty() && (f.contains(e) || e.contains(f));
  }

  static boolean sameId(String expected, String found) {
    String e = norm(expected);
    return !e.isEmpty() && e.equals(norm(found));
  }

  static boolean sameAmount(BigDecimal expected, BigDecimal found) {
    return expected != null
        && found != null
        && expected.subtract(found).abs().compareTo(new BigDecimal("0.005")) <= 0;
  }
}
