package dev.ferry.bench.document;

import dev.ferry.document.compare.TextSimilarity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Spearman correlation between {@link TextSimilarity} and the gold scores of the STS Benchmark
 * pairs in {@code ../shared/corpus/similarity/sts-test-dev.csv}. Skips when the file is absent.
 */
public final class SimilarityBench {
  private SimilarityBench() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "../shared/corpus/similarity/sts-test-dev.csv");
    if (!Files.exists(file)) {
      System.out.println("SKIPPED: no STS pairs at " + file.toAbsolutePath());
      return;
    }
    TextSimilarity similarity = new TextSimilarity();
    List<double[]> pairs = new ArrayList<>();
    long start = System.nanoTime();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      if (f.length < 7) {
        continue;
      }
      pairs.add(new double[] {Double.parseDouble(f[4]), similarity.similarity(f[5], f[6])});
    }
    double ms = (System.nanoTime() - start) / 1e6;
    System.out.printf(
        Locale.ROOT,
        "STS pairs: %d, Spearman %.3f, Pearson %.3f, %.2f ms per pair%n",
        pairs.size(),
        pearson(ranks(pairs, 0), ranks(pairs, 1)),
        pearson(column(pairs, 0), column(pairs, 1)),
        ms / pairs.size());
  }

  private static double[] column(List<double[]> pairs, int c) {
    return pairs.stream().mapToDouble(p -> p[c]).toArray();
  }

  /** Ranks with ties given their average rank. */
  static double[] ranks(List<double[]> pairs, int c) {
    Integer[] order = new Integer[pairs.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.comparingDouble(i -> pairs.get(i)[c]));
    double[] ranks = new double[order.length];
    for (int i = 0; i < order.length; ) {
      int j = i;
      while (j + 1 < order.length && pairs.get(order[j + 1])[c] == pairs.get(order[i])[c]) {
        j++;
      }
      for (int k = i; k <= j; k++) {
        ranks[order[k]] = (i + j) / 2.0 + 1;
      }
      i = j + 1;
    }
    return ranks;
  }

  static double pearson(double[] x, double[] y) {
    double mx = java.util.Arrays.stream(x).average().orElse(0);
    double my = java.util.Arrays.stream(y).average().orElse(0);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxy / Math.sqrt(sxx * syy);
  }
}
