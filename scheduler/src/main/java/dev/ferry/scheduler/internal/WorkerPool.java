package dev.ferry.scheduler.internal;

import dev.ferry.engine.FerryEngine;
import dev.ferry.engine.QueueOrder;
import dev.ferry.engine.QueuedTransaction;
import dev.ferry.engine.RunOptions;
import dev.ferry.engine.TransactionResult;
import dev.ferry.engine.WorkItem;
import dev.ferry.engine.model.ProcessDefinition;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs transactions on a fixed number of threads. A work item is recorded in the ledger as a QUEUED
 * transaction when it is submitted, so it can be seen ({@code ferry queue}) and cancelled while it
 * waits, and resumes after a restart. Waiting work runs in the order of {@link Waiting}. At most
 * {@code workers + queueCapacity} items are accepted at once; a trigger that submits more waits, so
 * a flood of mail or files holds the trigger back instead of filling memory.
 */
public final class WorkerPool implements Dispatcher {
  private static final Logger log = LoggerFactory.getLogger(WorkerPool.class);

  private final FerryEngine engine;
  private final ThreadPoolExecutor executor;
  private final Semaphore slots;
  private final MeterRegistry metrics;
  private final AtomicInteger active = new AtomicInteger();
  private final AtomicInteger waiting = new AtomicInteger();
  private final Duration grace;
  private final AtomicLong arrivals = new AtomicLong();

  public WorkerPool(
      FerryEngine engine, int workers, int queueCapacity, Duration grace, MeterRegistry metrics) {
    this.engine = engine;
    this.grace = grace;
    this.metrics = metrics;
    AtomicInteger number = new AtomicInteger();
    this.executor =
        new ThreadPoolExecutor(
            workers,
            workers,
            0,
            TimeUnit.MILLISECONDS,
            new PriorityBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, "ferry-worker-" + number.incrementAndGet());
              t.setDaemon(false);
              return t;
            });
    this.slots = new Semaphore(workers + queueCapacity);
    metrics.gauge("ferry.workers.active", active);
    metrics.gauge("ferry.queue.waiting", waiting);
    metrics.gauge("ferry.queue.overdue", this, WorkerPool::overdue);
  }

  /**
   * Records a work item as a QUEUED transaction and hands it to a worker, waiting while the pool is
   * full. {@code whenDone} hears the result, or null and the failure when the engine threw; it runs
   * on the worker thread.
   *
   * @throws InterruptedException when the caller is interrupted while waiting for room
   */
  @Override
  public void submit(
      ProcessDefinition definition,
      WorkItem item,
      BiConsumer<TransactionResult, RuntimeException> whenDone)
      throws InterruptedException {
    slots.acquire();
    waiting.incrementAndGet();
    try {
      Waiting work;
      try {
        QueuedTransaction queued = engine.enqueue(definition, item, RunOptions.DEFAULT);
        work =
            new Waiting(
                queued.priority(),
                queued.dueAt(),
                arrivals.incrementAndGet(),
                () -> {
                  if (queued.overdue(Instant.now())) {
                    Counter.builder("ferry.transactions.late")
                        .tag("process", definition.name())
                        .register(metrics)
                        .increment();
                  }
                  run(definition, item, () -> engine.start(queued), whenDone);
                });
      } catch (RuntimeException notQueued) {
        // Reported at once by a worker, like any failure of the engine, so that triggers hear of
        // it the same way.
        work =
            new Waiting(
                Integer.MAX_VALUE,
                null,
                arrivals.incrementAndGet(),
                () ->
                    run(
                        definition,
                        item,
                        () -> {
                          throw notQueued;
                        },
                        whenDone));
      }
      executor.execute(work);
    } catch (RuntimeException e) {
      waiting.decrementAndGet();
      slots.release();
      throw e;
    }
  }

  private void run(
      ProcessDefinition definition,
      WorkItem item,
      Supplier<TransactionResult> transaction,
      BiConsumer<TransactionResult, RuntimeException> whenDone) {
    waiting.decrementAndGet();
    active.incrementAndGet();
    Timer.Sample sample = Timer.start(metrics);
    String status = "ERROR";
    try {
      TransactionResult result = transaction.get();
      status = result.duplicate() ? "DUPLICATE" : result.status().name();
      whenDone.accept(result, null);
    } catch (RuntimeException e) {
      log.error(
          "{}: the work item with business key {} could not run: {}",
          definition.name(),
          item.businessKey(),
          e.getMessage(),
          e);
      whenDone.accept(null, e);
    } finally {
      sample.stop(metrics.timer("ferry.transaction.duration", "process", definition.name()));
      Counter.builder("ferry.transactions")
          .tag("process", definition.name())
          .tag("status", status)
          .register(metrics)
          .increment();
      active.decrementAndGet();
      slots.release();
    }
  }

  /** Work items waiting for a worker past their deadline, for alerts on the SLA. */
  private double overdue() {
    Instant now = Instant.now();
    return executor.getQueue().stream()
        .filter(w -> w instanceof Waiting waiting && waiting.overdue(now))
        .count();
  }

  /** Transactions running now. */
  public int active() {
    return active.get();
  }

  /**
   * Takes no more work and waits up to the grace period for running transactions. Those still
   * running after it stay RUNNING in the ledger, checkpointed after their last step, and resume at
   * the next start.
   */
  @Override
  public void close() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        log.warn(
            "{} transactions still running after {}s; they resume from their last step at the"
                + " next start",
            active.get(),
            grace.toSeconds());
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  /** A work item waiting for a thread, in {@link QueueOrder}, then first come, first served. */
  private record Waiting(int priority, Instant dueAt, long arrival, Runnable work)
      implements Runnable, Comparable<Waiting> {
    private static final Comparator<Waiting> ORDER =
        QueueOrder.of(Waiting::priority, Waiting::dueAt).thenComparingLong(Waiting::arrival);

    boolean overdue(Instant now) {
      return dueAt != null && now.isAfter(dueAt);
    }

    @Override
    public void run() {
      work.run();
    }

    @Override
    public int compareTo(Waiting other) {
      return ORDER.compare(this, other);
    }
  }
}
