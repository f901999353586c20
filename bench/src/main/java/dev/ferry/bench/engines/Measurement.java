package dev.ferry.bench.engines;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Measures one subject on a fresh database: warm-up, timed iterations on 1 and 2 threads, then an
 * untimed batch whose rows and statements the database counts, then the compacted file size.
 */
final class Measurement {
  private final Settings settings;

  Measurement(Settings settings) {
    this.settings = settings;
  }

  Row measure(
      String engine,
      Database database,
      int steps,
      Function<Database, Subject> opener,
      java.io.PrintStream progress) {
    long baseFile = 0;
    if (database.kind() == Database.Kind.H2_FILE) {
      // The empty schema's size, so that only what the transactions add is counted.
      opener.apply(database).close();
      baseFile = database.compactedFileSize();
    }
    long heapBefore = usedHeapAfterGc();
    long total = 0;
    Subject subject = opener.apply(database);
    try {
      total += Timed.run(subject, 1, settings.warmUp(), 2).transactions();
      subject.verify();
      Map<Long, long[]> usageBefore = usageByThread();
      List<Timed> single = iterations(subject, 1);
      long[] used = usageSince(usageBefore);
      long allocated = used[0] + single.stream().mapToLong(Timed::allocatedBytes).sum();
      long cpuNanos = used[1] + single.stream().mapToLong(Timed::cpuNanos).sum();
      List<Timed> dual = iterations(subject, 2);
      subject.verify();
      long singleCount = single.stream().mapToLong(Timed::transactions).sum();
      long singleNanos = single.stream().mapToLong(Timed::elapsedNanos).sum();
      total += singleCount + dual.stream().mapToLong(Timed::transactions).sum();
      long[] latencies =
          single.stream().flatMapToLong(t -> Arrays.stream(t.latencies())).sorted().toArray();
      double heapMb = (usedHeapAfterGc() - heapBefore) / 1e6;

      WriteStats stats = WriteStats.on(database);
      WriteStats.Counts before = stats.snapshot();
      for (int i = 0; i < settings.counted(); i++) {
        subject.runOne();
      }
      subject.verify();
      total += settings.counted();
      WriteStats.Counts written = stats.snapshot().minus(before);
      subject.close();
      subject = null;
      double disk =
          database.kind() == Database.Kind.H2_FILE
              ? (database.compactedFileSize() - baseFile) / (double) total
              : Double.NaN;
      progress.printf(
          "  %s on %s, %d steps: %d transactions%n", engine, database.kind().label, steps, total);
      return new Row(
          engine,
          database.kind(),
          steps,
          total,
          median(single),
          median(dual),
          singleNanos / 1e3 / singleCount / steps,
          cpuNanos / 1e3 / singleCount / steps,
          Timed.percentile(latencies, 0.50) / 1e6,
          Timed.percentile(latencies, 0.99) / 1e6,
          allocated / 1e6 / singleCount,
          heapMb,
          written.rowsWritten() < 0
              ? Double.NaN
              : written.rowsWritten() / (double) settings.counted(),
          written.statements() < 0
              ? Double.NaN
              : written.statements() / (double) settings.counted(),
          disk,
          null);
    } finally {
      if (subject != null) {
        subject.close();
      }
    }
  }

  private List<Timed> iterations(Subject subject, int threads) {
    List<Timed> results = new ArrayList<>();
    for (int i = 0; i < settings.iterations(); i++) {
      results.add(Timed.run(subject, threads, settings.iteration(), 2));
    }
    return results;
  }

  private static double median(List<Timed> timed) {
    double[] rates = timed.stream().mapToDouble(Timed::perSecond).sorted().toArray();
    int middle = rates.length / 2;
    return rates.length % 2 == 1 ? rates[middle] : (rates[middle - 1] + rates[middle]) / 2;
  }

  private static long usedHeapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }

  /**
   * Heap allocated and CPU time used so far by each live thread. The engines' own threads (Ferry's
   * action threads, H2's writer) live on; the timing threads count their own.
   */
  private static Map<Long, long[]> usageByThread() {
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long[] ids = threads.getAllThreadIds();
    long[] bytes = threads.getThreadAllocatedBytes(ids);
    long[] cpu = threads.getThreadCpuTime(ids);
    Map<Long, long[]> byThread = new HashMap<>();
    for (int i = 0; i < ids.length; i++) {
      if (bytes[i] >= 0 && cpu[i] >= 0) {
        byThread.put(ids[i], new long[] {bytes[i], cpu[i]});
      }
    }
    return byThread;
  }

  /** Allocated bytes and CPU nanoseconds since {@code before}, over the threads alive now. */
  private static long[] usageSince(Map<Long, long[]> before) {
    long[] sum = new long[2];
    for (Map.Entry<Long, long[]> now : usageByThread().entrySet()) {
      long[] then = before.getOrDefault(now.getKey(), new long[2]);
      sum[0] += now.getValue()[0] - then[0];
      sum[1] += now.getValue()[1] - then[1];
    }
    return sum;
  }

  static Duration seconds(double seconds) {
    return Duration.ofMillis(Math.round(seconds * 1000));
  }
}
