package dev.ferry.bench.engines;

import dev.ferry.engine.ledger.Ledger;
import dev.ferry.engine.ledger.LedgerConfig;
import dev.ferry.engine.ledger.TransactionStatus;
import dev.ferry.engine.ledger.internal.HibernateLedger;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Throughput of one clustered node against two, on the same embedded PostgreSQL (fsync on), for a
 * transaction of N in-memory steps. Each node is a JVM of its own ({@link ClusterBenchNode}) with
 * the same number of workers; Quartz's clustered job store spreads the jobs. A round submits the
 * transactions through one node once every node of the round is up, and times until all have
 * succeeded, read from the ledger. One-node and two-node rounds alternate.
 *
 * <p>Arguments: {@code [transactions per round (default 40)] [rounds (default 3)] [steps (default
 * 216)] [workers per node (default 2)]}.
 */
public final class ClusterScaleBench {
  private ClusterScaleBench() {}

  public static void main(String[] args) throws Exception {
    int transactions = args.length > 0 ? Integer.parseInt(args[0]) : 40;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    int steps = args.length > 2 ? Integer.parseInt(args[2]) : 216;
    int workers = args.length > 3 ? Integer.parseInt(args[3]) : 2;
    List<Round> one = new ArrayList<>();
    List<Round> two = new ArrayList<>();
    try (PostgresServer server = PostgresServer.start()) {
      int round = 0;
      for (int r = 1; r <= rounds; r++) {
        one.add(round(server, ++round, 1, transactions, steps, workers));
        two.add(round(server, ++round, 2, transactions, steps, workers));
        System.out.printf(
            Locale.ROOT,
            "round %d: one node %.2f tx/s (machine %.2f of %d cores busy),"
                + " two nodes %.2f tx/s (%.2f cores busy)%n",
            r,
            one.get(r - 1).perSecond(),
            one.get(r - 1).busyCores(),
            Runtime.getRuntime().availableProcessors(),
            two.get(r - 1).perSecond(),
            two.get(r - 1).busyCores());
      }
    }
    double oneMedian = median(one.stream().map(Round::perSecond).toList());
    double twoMedian = median(two.stream().map(Round::perSecond).toList());
    System.out.printf(
        Locale.ROOT,
        "%n%d transactions of %d steps per round, %d workers per node, %d rounds; medians%n%n"
            + "| nodes | tx/s | steps/s | x one node |%n|---|---|---|---|%n"
            + "| 1 | %.2f | %.0f | 1.00 |%n| 2 | %.2f | %.0f | %.2f |%n%n"
            + "Goal: two nodes at least 1.7x one node.%n",
        transactions,
        steps,
        workers,
        rounds,
        oneMedian,
        oneMedian * steps,
        twoMedian,
        twoMedian * steps,
        twoMedian / oneMedian);
  }

  /** One round's transactions per second, and how many of the machine's cores were busy. */
  private record Round(double perSecond, double busyCores) {}

  /** One round on a fresh database. */
  private static Round round(
      PostgresServer server, int round, int nodes, int transactions, int steps, int workers)
      throws Exception {
    Database database = server.freshDatabase("cluster");
    LedgerConfig config = new LedgerConfig(database.jdbcUrl(), "postgres", null, 4);
    Path data = Files.createTempDirectory("ferry-cluster-bench");
    List<Process> started = new ArrayList<>();
    try (Ledger ledger = HibernateLedger.open(config)) {
      List<PrintWriter> inputs = new ArrayList<>();
      for (int n = 1; n <= nodes; n++) {
        Process node = start(database.jdbcUrl(), "node-" + round + "-" + n, data, steps, workers);
        started.add(node);
        awaitLine(node, "READY");
        inputs.add(
            new PrintWriter(
                new OutputStreamWriter(node.getOutputStream(), StandardCharsets.UTF_8), true));
      }
      long begin = System.nanoTime();
      MachineCpu before = MachineCpu.now();
      inputs.get(0).println("SUBMIT 1 " + transactions);
      long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
      while (succeeded(ledger) < transactions) {
        if (System.nanoTime() > end) {
          throw new IllegalStateException(
              "round " + round + ": only " + succeeded(ledger) + " of " + transactions + " ended");
        }
        Thread.sleep(50);
      }
      return new Round(
          transactions / ((System.nanoTime() - begin) / 1e9),
          MachineCpu.now().busyCoresSince(before));
    } finally {
      started.forEach(Process::destroyForcibly);
      for (Process p : started) {
        p.waitFor(10, TimeUnit.SECONDS);
      }
    }
  }

  private static long succeeded(Ledger ledger) {
    return ledger.transactions(TransactionStatus.SUCCEEDED, 100_000).size();
  }

  private static Process start(String jdbcUrl, String nodeId, Path data, int steps, int workers)
      throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            ClusterBenchNode.class.getName(),
            jdbcUrl,
            nodeId,
            Files.createDirectories(data.resolve(nodeId)).toString(),
            String.valueOf(steps),
            String.valueOf(workers))
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private static void awaitLine(Process node, String expected) throws IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = out.readLine()) != null) {
      if (line.equals(expected)) {
        return;
      }
    }
    throw new IllegalStateException("a node ended before it said " + expected);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1
        ? sorted.get(middle)
        : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }
}
