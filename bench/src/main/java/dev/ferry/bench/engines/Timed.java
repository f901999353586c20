package dev.ferry.bench.engines;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The timed part of a measurement: threads that each run transactions one after the other until the
 * iteration's time is up (and at least a minimum number has run), recording each one's latency.
 *
 * @param transactions how many transactions ended in the iteration, over all threads
 * @param elapsedNanos the iteration's wall-clock time
 * @param latencies every transaction's latency in nanoseconds, sorted
 * @param allocatedBytes heap the timing threads themselves allocated
 * @param cpuNanos CPU time the timing threads themselves used
 */
record Timed(
    long transactions, long elapsedNanos, long[] latencies, long allocatedBytes, long cpuNanos) {

  double perSecond() {
    return transactions * 1e9 / elapsedNanos;
  }

  /** Runs one iteration on {@code threads} threads. */
  static Timed run(Subject subject, int threads, Duration duration, int minimumPerThread) {
    List<long[]> perThread = new ArrayList<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    AtomicLong allocated = new AtomicLong();
    AtomicLong cpu = new AtomicLong();
    var threadBean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      perThread.add(null);
      int index = t;
      Thread worker =
          new Thread(
              () -> {
                long[] latencies = new long[256];
                int count = 0;
                try {
                  start.await();
                  long deadline = System.nanoTime() + duration.toNanos();
                  while (failure.get() == null
                      && (System.nanoTime() < deadline || count < minimumPerThread)) {
                    long begin = System.nanoTime();
                    subject.runOne();
                    if (count == latencies.length) {
                      latencies = Arrays.copyOf(latencies, count * 2);
                    }
                    latencies[count++] = System.nanoTime() - begin;
                  }
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                } catch (RuntimeException | Error e) {
                  // An Error too (a subject out of memory, say), so that it is reported, not lost.
                  failure.compareAndSet(null, e);
                }
                allocated.addAndGet(threadBean.getCurrentThreadAllocatedBytes());
                cpu.addAndGet(threadBean.getCurrentThreadCpuTime());
                long[] done = Arrays.copyOf(latencies, count);
                synchronized (perThread) {
                  perThread.set(index, done);
                }
              },
              "bench-" + t);
      workers.add(worker);
      worker.start();
    }
    long begin = System.nanoTime();
    start.countDown();
    for (Thread worker : workers) {
      try {
        worker.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while the benchmark ran", e);
      }
    }
    long elapsed = System.nanoTime() - begin;
    Throwable failed = failure.get();
    if (failed instanceof RuntimeException e) {
      throw e;
    }
    if (failed != null) {
      throw new IllegalStateException("a benchmark thread failed: " + failed, failed);
    }
    long[] all;
    synchronized (perThread) {
      all = perThread.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    }
    return new Timed(all.length, elapsed, all, allocated.get(), cpu.get());
  }

  /** The value below which the given fraction of sorted samples lie (nearest rank). */
  static double percentile(long[] sorted, double fraction) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(fraction * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }
}
