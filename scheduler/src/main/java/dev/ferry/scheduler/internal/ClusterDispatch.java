package dev.ferry.scheduler.internal;

import dev.ferry.engine.FerryEngine;
import dev.ferry.engine.RunOptions;
import dev.ferry.engine.TransactionResult;
import dev.ferry.engine.WorkItem;
import dev.ferry.engine.audit.AuditHashing;
import dev.ferry.engine.expr.ValueCodec;
import dev.ferry.engine.ledger.LedgerConfig;
import dev.ferry.engine.ledger.TransactionStatus;
import dev.ferry.engine.model.ProcessDefinition;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.flywaydb.core.Flyway;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs transactions as jobs of Quartz's clustered JDBC job store on the shared PostgreSQL ledger.
 * Every node of the cluster takes jobs from the same tables; each job requests recovery, so when a
 * node dies, Quartz on another node runs its unfinished jobs again and this class resumes their
 * transactions from their last checkpoint (the business key finds the transaction). Quartz does all
 * the cluster work: there is no protocol of Ferry's own.
 *
 * <p>The Quartz tables are created by Flyway from {@code db/quartz}, with a history table of their
 * own ({@code ferry_quartz_schema_history}) so they never collide with the ledger's migrations.
 */
public final class ClusterDispatch implements Dispatcher {
  private static final Logger log = LoggerFactory.getLogger(ClusterDispatch.class);

  /** The Quartz scheduler name all nodes share; Quartz clusters the nodes with the same name. */
  static final String CLUSTER_NAME = "ferry";

  private static final String DEFINITION = "definition";
  private static final String BUSINESS_KEY = "businessKey";
  private static final String ITEM = "item";

  private final FerryEngine engine;
  private final Map<String, ProcessDefinition> definitions;
  private final String nodeId;
  private final Duration grace;
  private final Map<JobKey, BiConsumer<TransactionResult, RuntimeException>> callbacks =
      new ConcurrentHashMap<>();
  private Scheduler scheduler;

  private ClusterDispatch(
      FerryEngine engine, List<ProcessDefinition> definitions, String nodeId, Duration grace) {
    this.engine = engine;
    this.definitions = new ConcurrentHashMap<>();
    definitions.forEach(d -> this.definitions.put(d.name(), d));
    this.nodeId = nodeId;
    this.grace = grace;
  }

  /**
   * Creates the Quartz tables if needed and joins the cluster.
   *
   * @param nodeId this node's id, unique in the cluster; recorded in each transaction's audit trail
   * @param database the shared PostgreSQL ledger (checked by {@code NodeSettings})
   * @throws IllegalStateException when Quartz cannot start
   */
  public static ClusterDispatch start(
      FerryEngine engine,
      List<ProcessDefinition> definitions,
      LedgerConfig database,
      String nodeId,
      int workers,
      Duration grace) {
    migrate(database);
    definitions.forEach(d -> saveDefinition(engine, d));
    ClusterDispatch dispatch = new ClusterDispatch(engine, definitions, nodeId, grace);
    try {
      Scheduler scheduler =
          new StdSchedulerFactory(properties(database, nodeId, workers)).getScheduler();
      scheduler.setJobFactory((bundle, s) -> dispatch::execute);
      scheduler.start();
      dispatch.scheduler = scheduler;
    } catch (SchedulerException e) {
      throw new IllegalStateException(
          "node " + nodeId + " cannot join the Quartz cluster: " + e.getMessage(), e);
    }
    log.info("node {} joined the cluster with {} workers", nodeId, workers);
    return dispatch;
  }

  /**
   * Nodes starting together race to insert the same definition; the loser of the race finds it
   * there on its second try. Without this, the first transactions would fail on the race.
   */
  private static void saveDefinition(FerryEngine engine, ProcessDefinition definition) {
    try {
      engine.config().ledger().saveDefinition(definition);
    } catch (RuntimeException raced) {
      engine.config().ledger().saveDefinition(definition);
    }
  }

  private static void migrate(LedgerConfig database) {
    Flyway.configure()
        .dataSource(
            database.jdbcUrl(),
            database.username(),
            database.password() == null ? null : database.password().reveal())
        .locations("classpath:db/quartz")
        .table("ferry_quartz_schema_history")
        // The ledger's tables are already there; Quartz's migrations start after version 0.
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
  }

  private static Properties properties(LedgerConfig database, String nodeId, int workers) {
    Properties p = new Properties();
    p.put("org.quartz.scheduler.instanceName", CLUSTER_NAME);
    p.put("org.quartz.scheduler.instanceId", nodeId);
    p.put("org.quartz.scheduler.skipUpdateCheck", "true");
    // Another node's new jobs are not signalled here; look at the tables every second.
    p.put("org.quartz.scheduler.idleWaitTime", "1000");
    p.put("org.quartz.scheduler.batchTriggerAcquisitionMaxCount", String.valueOf(workers));
    p.put("org.quartz.threadPool.threadCount", String.valueOf(workers));
    p.put("org.quartz.threadPool.threadNamePrefix", "ferry-worker");
    p.put("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
    p.put(
        "org.quartz.jobStore.driverDelegateClass",
        "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
    p.put("org.quartz.jobStore.dataSource", "ledger");
    p.put("org.quartz.jobStore.isClustered", "true");
    p.put("org.quartz.jobStore.clusterCheckinInterval", "2000");
    p.put("org.quartz.jobStore.acquireTriggersWithinLock", "true");
    p.put("org.quartz.jobStore.useProperties", "true");
    p.put("org.quartz.jobStore.misfireThreshold", "600000");
    p.put("org.quartz.dataSource.ledger.provider", "hikaricp");
    p.put("org.quartz.dataSource.ledger.driver", "org.postgresql.Driver");
    p.put("org.quartz.dataSource.ledger.URL", database.jdbcUrl());
    p.put("org.quartz.dataSource.ledger.user", database.username());
    if (database.password() != null) {
      p.put("org.quartz.dataSource.ledger.password", database.password().reveal());
    }
    p.put("org.quartz.dataSource.ledger.maxConnections", String.valueOf(workers + 3));
    return p;
  }

  @Override
  public void submit(
      ProcessDefinition definition,
      WorkItem item,
      BiConsumer<TransactionResult, RuntimeException> whenDone) {
    String key = item.businessKey() == null ? UUID.randomUUID().toString() : item.businessKey();
    JobDataMap data = new JobDataMap();
    data.put(DEFINITION, definition.name());
    data.put(BUSINESS_KEY, key);
    Map<String, Object> stored = new LinkedHashMap<>();
    stored.put("inputs", item.inputs());
    stored.put("trigger", item.trigger());
    data.put(ITEM, ValueCodec.encode(stored));
    // Business keys can be longer than Quartz's 200-character job names; their hash is not.
    JobKey jobKey =
        JobKey.jobKey(
            AuditHashing.sha256((definition.name() + "\n" + key).getBytes(StandardCharsets.UTF_8)),
            definition.name());
    JobDetail job =
        JobBuilder.newJob(TransactionJob.class)
            .withIdentity(jobKey)
            .usingJobData(data)
            .requestRecovery()
            .build();
    callbacks.put(jobKey, whenDone);
    try {
      scheduler.scheduleJob(
          job,
          TriggerBuilder.newTrigger()
              .withIdentity(jobKey.getName(), jobKey.getGroup())
              .withPriority(item.priorityIn(definition))
              .startNow()
              .build());
    } catch (ObjectAlreadyExistsException e) {
      callbacks.remove(jobKey);
      log.info("{}: business key {} is already queued in the cluster", definition.name(), key);
    } catch (SchedulerException e) {
      callbacks.remove(jobKey);
      throw new IllegalStateException(
          definition.name() + ": cannot queue business key " + key + ": " + e.getMessage(), e);
    }
  }

  /** Jobs for the definition's name run this version from now on, on this node. */
  @Override
  public void use(ProcessDefinition definition) {
    saveDefinition(engine, definition);
    definitions.put(definition.name(), definition);
  }

  private void execute(JobExecutionContext context) throws JobExecutionException {
    JobDataMap data = context.getMergedJobDataMap();
    String name = data.getString(DEFINITION);
    String key = data.getString(BUSINESS_KEY);
    ProcessDefinition definition = definitions.get(name);
    if (definition == null) {
      throw new JobExecutionException(
          "node "
              + nodeId
              + " does not serve "
              + name
              + " (business key "
              + key
              + "); give every node of the cluster the same definitions");
    }
    Map<String, Object> stored = ValueCodec.decode(data.getString(ITEM));
    @SuppressWarnings("unchecked")
    WorkItem item =
        new WorkItem(
            (Map<String, Object>) stored.get("inputs"),
            key,
            (Map<String, Object>) stored.get("trigger"),
            context.getTrigger().getPriority());
    BiConsumer<TransactionResult, RuntimeException> whenDone =
        callbacks.remove(context.getJobDetail().getKey());
    try {
      TransactionResult result = engine.run(definition, item, RunOptions.DEFAULT);
      if (context.isRecovering() && result.duplicate() && isUnfinished(result.status())) {
        log.info("node {} recovers {} (business key {})", nodeId, result.id(), key);
        result = engine.resume(result.id(), RunOptions.DEFAULT);
      }
      if (!result.duplicate()) {
        engine
            .config()
            .ledger()
            .recordOperatorAction(result.id(), "node:" + nodeId, "ran_on_node", nodeId);
      }
      if (whenDone != null) {
        whenDone.accept(result, null);
      }
    } catch (RuntimeException e) {
      log.error("{}: business key {} could not run: {}", name, key, e.getMessage(), e);
      if (whenDone != null) {
        whenDone.accept(null, e);
      }
    }
  }

  private static boolean isUnfinished(TransactionStatus status) {
    return status == TransactionStatus.RUNNING || status == TransactionStatus.QUEUED;
  }

  /**
   * Stops taking jobs and waits up to the grace period for running ones; jobs still running after
   * it are recovered by another node, or by this one at its next start.
   */
  @Override
  public void close() {
    if (scheduler == null) {
      return;
    }
    Thread stopper =
        new Thread(
            () -> {
              try {
                scheduler.shutdown(true);
              } catch (SchedulerException e) {
                log.warn("node {}: stopping Quartz: {}", nodeId, e.getMessage());
              }
            },
            "ferry-cluster-stop");
    stopper.start();
    try {
      stopper.join(grace.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stands for a transaction in Quartz's tables; the job factory supplies what runs. */
  public static final class TransactionJob implements org.quartz.Job {
    @Override
    public void execute(JobExecutionContext context) {
      throw new IllegalStateException("ClusterDispatch's job factory runs transactions");
    }
  }
}
