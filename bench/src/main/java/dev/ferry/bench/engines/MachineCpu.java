package dev.ferry.bench.engines;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How busy the whole machine's processors were between two readings of Linux's {@code /proc/stat}:
 * every process counts, the nodes, PostgreSQL and the bench alike. Elsewhere there is no reading
 * and the figure is not a number.
 */
final class MachineCpu {
  private static final Path STAT = Path.of("/proc/stat");

  private final long busy;
  private final long total;

  private MachineCpu(long busy, long total) {
    this.busy = busy;
    this.total = total;
  }

  static MachineCpu now() {
    try {
      // "cpu  user nice system idle iowait irq softirq steal ...", in clock ticks
      String[] fields = Files.readAllLines(STAT).get(0).trim().split("\\s+");
      long total = 0;
      for (int i = 1; i < fields.length && i <= 8; i++) {
        total += Long.parseLong(fields[i]);
      }
      long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
      return new MachineCpu(total - idle, total);
    } catch (IOException | RuntimeException e) {
      return new MachineCpu(0, 0);
    }
  }

  /** Cores kept busy on average since {@code earlier}, out of all the machine has. */
  double busyCoresSince(MachineCpu earlier) {
    long elapsed = total - earlier.total;
    if (earlier.total == 0 || elapsed <= 0) {
      return Double.NaN;
    }
    return (double) (busy - earlier.busy) / elapsed * Runtime.getRuntime().availableProcessors();
  }
}
