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
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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

  /** How often the ledger is asked which running transactions operators want stopped. */
  static final long STOP_CHECK_SECONDS = 2;

  private final FerryEngine engine;
  private final NodeSettings settings;
  private final PrometheusMeterRegistry metrics =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Map<String, ProcessDefinition> served = new ConcurrentHashMap<>();
  private final Map<String, Trigger> triggers = new ConcurrentHashMap<>();
  private final ScheduledExecutorService stopChecks =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "ferry-stop-requests");
            t.setDaemon(true);
            return t;
          });
  private List<ProcessDefinition> initial;
  private DocumentStore documents;
  private volatile Dispatcher pool;
  private volatile HttpEndpoint http;
  private volatile boolean started;

  /**
   * @param definitions the definitions to serve; those without a trigger are only resumed
   * @throws IllegalArgumentException when a mailbox trigger names an account the settings lack
   */
  public FerryNode(FerryEngine engine, List<ProcessDefinition> definitions, NodeSettings settings) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.initial = List.copyOf(definitions);
    initial.forEach(this::requireServable);
  }

  private void requireServable(ProcessDefinition d) {
    problem(d)
        .ifPresent(
            p -> {
              throw new IllegalArgumentException(p);
            });
  }

  /** Why this node cannot serve a definition; empty when it can. */
  public Optional<String> problem(ProcessDefinition d) {
    if (d.trigger() instanceof TriggerSpec.Mailbox m
        && !settings.mailAccounts().containsKey(m.account())) {
      return Optional.of(
          d.name()
              + " watches mail account '"
              + m.account()
              + "', which is not configured; configured: "
              + (settings.mailAccounts().isEmpty()
                  ? "none"
                  : String.join(", ", settings.mailAccounts().keySet())));
    }
    return Optional.empty();
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
    stopChecks.scheduleWithFixedDelay(
        this::applyStopRequests, STOP_CHECK_SECONDS, STOP_CHECK_SECONDS, TimeUnit.SECONDS);
    documents = new DocumentStore(engine.config().dataDirectory());
    serve(initial);
    initial = null;
    log.info(
        "node up: {} definitions, {} triggers, {} workers{}",
        served.size(),
        triggers.size(),
        settings.workers(),
        http == null ? "" : ", health on http://localhost:" + http.port() + "/health");
  }

  /** Operators ask from anywhere ({@code ferry cancel}); the ledger carries the request here. */
  private void applyStopRequests() {
    try {
      engine.applyStopRequests();
    } catch (RuntimeException e) {
      log.warn("cannot read the operators' stop requests from the ledger: {}", e.getMessage());
    }
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
        initial,
        settings.clusterDatabase().orElseThrow(),
        settings.nodeId(),
        settings.workers(),
        settings.shutdownGrace());
  }

  /**
   * Serves these definitions from now on, in place of the ones served before; this is how changed
   * definitions are picked up without a restart. A definition whose {@code trigger:} is unchanged
   * keeps its trigger, which hands later work items to the new version. One whose trigger changed
   * gets a new trigger, and one no longer given has its trigger stopped. Work already handed over
   * runs on with the version it was given, as transactions pin their definition.
   *
   * @return what changed, one line per definition, for the log
   * @throws IllegalArgumentException when a definition has a {@link #problem}; nothing changes then
   */
  public synchronized List<String> serve(List<ProcessDefinition> definitions) {
    if (pool == null) {
      throw new IllegalStateException("start the node before changing what it serves");
    }
    Map<String, ProcessDefinition> next = new LinkedHashMap<>();
    for (ProcessDefinition d : definitions) {
      requireServable(d);
      next.put(d.name(), d);
    }
    List<String> changes = new ArrayList<>();
    for (String name : List.copyOf(served.keySet())) {
      if (!next.containsKey(name)) {
        stopTrigger(name);
        served.remove(name);
        changes.add(name + ": no longer served");
      }
    }
    for (ProcessDefinition d : next.values()) {
      ProcessDefinition before = served.get(d.name());
      if (before != null && before.sha256().equals(d.sha256())) {
        continue;
      }
      pool.use(d);
      Trigger kept = triggers.get(d.name());
      if (before != null && kept != null && Objects.equals(before.trigger(), d.trigger())) {
        kept.use(d);
      } else {
        stopTrigger(d.name());
        trigger(d).ifPresent(t -> startTrigger(d.name(), t));
      }
      served.put(d.name(), d);
      changes.add(
          before == null
              ? d.name() + ": serving version " + d.version()
              : d.name() + ": version " + before.version() + " replaced by " + d.version());
    }
    return changes;
  }

  private void startTrigger(String name, Trigger trigger) {
    triggers.put(name, trigger);
    trigger.start();
  }

  private void stopTrigger(String name) {
    Trigger stopped = triggers.remove(name);
    if (stopped != null) {
      stopped.close();
    }
  }

  /** The definitions served now, by name. */
  public Map<String, ProcessDefinition> served() {
    return Map.copyOf(served);
  }

  private Optional<Trigger> trigger(ProcessDefinition d) {
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
    triggers.values().forEach(t -> t.problem().ifPresent(problems::add));
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
    return total(metrics.find("ferry.transactions").tag("status", outcome).counters());
  }

  /** How many work items this node's workers have finished, whatever their outcome. */
  public long finished() {
    return total(metrics.find("ferry.transactions").counters());
  }

  private static long total(Collection<Counter> counters) {
    return Math.round(counters.stream().mapToDouble(Counter::count).sum());
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
    stopChecks.shutdownNow();
    triggers.values().forEach(Trigger::close);
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
