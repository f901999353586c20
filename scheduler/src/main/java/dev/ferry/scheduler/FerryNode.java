package dev.ferry.scheduler;

import dev.ferry.engine.FerryEngine;
import dev.ferry.engine.RunOptions;
import dev.ferry.engine.TransactionResult;
import dev.ferry.engine.WorkItem;
import dev.ferry.engine.model.ProcessDefinition;
import dev.ferry.engine.model.TriggerSpec;
import dev.ferry.scheduler.internal.ClusterDispatch;
import dev.ferry.scheduler.internal.Dispatcher;
import dev.ferry.scheduler.internal.DocumentStore;
import dev.ferry.scheduler.internal.FolderTrigger;
import dev.ferry.scheduler.internal.HttpEndpoint;
import dev.ferry.scheduler.internal.MailboxTrigger;
import dev.ferry.scheduler.internal.ScheduleTrigger;
import dev.ferry.scheduler.internal.Trigger;
import dev.ferry.scheduler.internal.WorkerPool;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A long-running Ferry node: resumes interrupted transactions, starts the triggers of its
 * definitions, runs their transactions on a bounded worker pool and serves health and metrics.
 *
 * <p>Lifecycle: construct (no I/O), {@link #start()} once, {@link #close()} once; close is what a
 * SIGTERM should call. Thread-safe after start.
 */
public final class FerryNode implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(FerryNode.class);

  private final FerryEngine engine;
  private final List<ProcessDefinition> definitions;
  private final NodeSettings settings;
  private final PrometheusMeterRegistry metrics =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final List<Trigger> triggers = new ArrayList<>();
  private volatile Dispatcher pool;
  private volatile HttpEndpoint http;
  private volatile boolean started;

  /**
   * @param definitions the definitions to serve; those without a trigger are only resumed
   * @throws IllegalArgumentException when a mailbox trigger names an account the settings lack
   */
  public FerryNode(FerryEngine engine, List<ProcessDefinition> definitions, NodeSettings settings) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.definitions = List.copyOf(definitions);
    this.settings = Objects.requireNonNull(settings, "settings");
    for (ProcessDefinition d : this.definitions) {
      if (d.trigger() instanceof TriggerSpec.Mailbox m
          && !settings.mailAccounts().containsKey(m.account())) {
        throw new IllegalArgumentException(
            d.name()
                + " watches mail account '"
                + m.account()
                + "', which is not configured; configured: "
                + (settings.mailAccounts().isEmpty()
                    ? "none"
                    : String.join(", ", settings.mailAccounts().keySet())));
      }
    }
  }

  /**
   * Resumes what was interrupted, then starts HTTP and the triggers.
   *
   * @throws UncheckedIOException when the HTTP port cannot be bound
   */
  public synchronized void start() {
    if (started) {
      throw new IllegalStateException("this node has already started");
    }
    started = true;
    new JvmMemoryMetrics().bindTo(metrics);
    new JvmThreadMetrics().bindTo(metrics);
    metrics.gauge("ferry.node.healthy", this, n -> n.health().healthy() ? 1 : 0);
    pool = settings.clusterDatabase().isPresent() ? joinCluster() : startAlone();
    if (settings.httpPort() >= 0) {
      try {
        http = new HttpEndpoint(settings.httpPort(), this::health, metrics);
      } catch (IOException e) {
        throw new UncheckedIOException(
            "cannot serve health and metrics on port "
                + settings.httpPort()
                + " ("
                + e.getMessage()
                + "); choose another port",
            e);
      }
    }
    DocumentStore documents = new DocumentStore(engine.config().dataDirectory());
    for (ProcessDefinition d : definitions) {
      trigger(d, documents).ifPresent(triggers::add);
    }
    triggers.forEach(Trigger::start);
    log.info(
        "node up: {} definitions, {} triggers, {} workers{}",
        definitions.size(),
        triggers.size(),
        settings.workers(),
        http == null ? "" : ", health on http://localhost:" + http.port() + "/health");
  }

  private Dispatcher startAlone() {
    List<TransactionResult> resumed = engine.resumeInterrupted(RunOptions.DEFAULT);
    if (!resumed.isEmpty()) {
      log.info("resumed {} interrupted transactions", resumed.size());
    }
    return new WorkerPool(
        engine, settings.workers(), settings.queueCapacity(), settings.shutdownGrace(), metrics);
  }

  /**
   * In a cluster, a RUNNING transaction may belong to a live node, so nothing is resumed here:
   * Quartz hands the jobs of a dead node (this one included, before a restart) to a live one.
   */
  private Dispatcher joinCluster() {
    return ClusterDispatch.start(
        engine,
        definitions,
        settings.clusterDatabase().orElseThrow(),
        settings.nodeId(),
        settings.workers(),
        settings.shutdownGrace());
  }

  private Optional<Trigger> trigger(ProcessDefinition d, DocumentStore documents) {
    var clock = engine.config().clock();
    TriggerSpec spec = d.trigger();
    if (spec instanceof TriggerSpec.Mailbox m) {
      return Optional.of(
          new MailboxTrigger(
              d, settings.mailAccounts().get(m.account()), settings, pool, documents, clock));
    }
    if (spec instanceof TriggerSpec.Folder) {
      return Optional.of(
          new FolderTrigger(d, engine.config().workDirectory(), pool, documents, clock));
    }
    if (spec instanceof TriggerSpec.Schedule) {
      return Optional.of(new ScheduleTrigger(d, pool, engine.config().ledger(), clock));
    }
    return Optional.empty();
  }

  /**
   * Queues a work item as a transaction, as a trigger would; in a cluster any node may run it.
   *
   * @throws IllegalStateException when the node has not started
   * @throws InterruptedException when interrupted while a lone node's pool is full
   */
  public void submit(ProcessDefinition definition, WorkItem item) throws InterruptedException {
    if (pool == null) {
      throw new IllegalStateException("start the node before submitting work to it");
    }
    pool.submit(definition, item, (result, error) -> {});
  }

  /** Red when any trigger has a problem, such as a mailbox unreachable for too long. */
  public NodeHealth health() {
    List<String> problems = new ArrayList<>();
    triggers.forEach(t -> t.problem().ifPresent(problems::add));
    return NodeHealth.of(problems);
  }

  /** The port health and metrics are served on; -1 when HTTP is off or not started. */
  public int httpPort() {
    return http == null ? -1 : http.port();
  }

  /**
   * How many work items this node's workers have finished with an outcome: a transaction status
   * such as {@code SUCCEEDED}, or {@code DUPLICATE} for a work item dropped as a duplicate.
   */
  public long finished(String outcome) {
    return Math.round(
        metrics.find("ferry.transactions").tag("status", outcome).counters().stream()
            .mapToDouble(Counter::count)
            .sum());
  }

  /** The node's metrics, in Prometheus text format. */
  public String scrapeMetrics() {
    return metrics.scrape();
  }

  /**
   * Stops the triggers, lets running transactions finish within the grace period and stops HTTP.
   * Transactions still running after it stay checkpointed and resume at the next start.
   */
  @Override
  public synchronized void close() {
    log.info("node stopping");
    triggers.forEach(Trigger::close);
    if (pool != null) {
      pool.close();
    }
    if (http != null) {
      http.close();
    }
    metrics.close();
    log.info("node stopped");
  }
}
