package dev.ferry.scheduler.internal;

import dev.ferry.engine.WorkItem;
import dev.ferry.engine.ledger.Ledger;
import dev.ferry.engine.ledger.TransactionRecord;
import dev.ferry.engine.model.ProcessDefinition;
import dev.ferry.engine.model.TriggerSpec;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TimeZone;
import java.util.UUID;
import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a definition on a cron schedule with Quartz (in memory, one scheduler per trigger). Each
 * fire time is a work item with business key {@code schedule:<process>:<fire time>}, so a fire time
 * runs once however often it is delivered. Misfires: with {@code run-once}, one run makes up for
 * all fire times missed while the node was down (found from the ledger's last run, up to {@link
 * #LOOK_BACK} ago) or while the node was too busy; with {@code skip} they are dropped.
 */
public final class ScheduleTrigger implements Trigger {
  private static final Logger log = LoggerFactory.getLogger(ScheduleTrigger.class);

  /** How far back the ledger is read for missed fire times. */
  static final Duration LOOK_BACK = Duration.ofDays(7);

  private volatile ProcessDefinition definition;
  private final TriggerSpec.Schedule spec;
  private final Dispatcher pool;
  private final Ledger ledger;
  private final Clock clock;
  private final CronExpression cron;
  private Scheduler scheduler;
  private volatile String problem;

  public ScheduleTrigger(
      ProcessDefinition definition, Dispatcher pool, Ledger ledger, Clock clock) {
    this.definition = definition;
    this.spec = (TriggerSpec.Schedule) definition.trigger();
    this.pool = pool;
    this.ledger = ledger;
    this.clock = clock;
    try {
      this.cron = new CronExpression(spec.cron());
    } catch (ParseException e) {
      throw new IllegalArgumentException(
          definition.name() + ": cron '" + spec.cron() + "' is invalid: " + e.getMessage(), e);
    }
    cron.setTimeZone(TimeZone.getTimeZone(ZoneId.of(spec.timeZone())));
  }

  @Override
  public void start() {
    if ("run-once".equals(spec.misfire())) {
      catchUp();
    }
    try {
      Properties props = new Properties();
      props.put(StdSchedulerFactory.PROP_SCHED_INSTANCE_NAME, "ferry-" + UUID.randomUUID());
      props.put("org.quartz.threadPool.threadCount", "1");
      props.put("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
      props.put("org.quartz.jobStore.misfireThreshold", "5000");
      props.put("org.quartz.scheduler.skipUpdateCheck", "true");
      scheduler = new StdSchedulerFactory(props).getScheduler();
      scheduler.setJobFactory(
          (bundle, s) -> context -> fire(context.getScheduledFireTime(), false));
      JobDetail job = JobBuilder.newJob(FireJob.class).withIdentity(definition.name()).build();
      CronScheduleBuilder schedule =
          CronScheduleBuilder.cronSchedule(cron).inTimeZone(cron.getTimeZone());
      schedule =
          "skip".equals(spec.misfire())
              ? schedule.withMisfireHandlingInstructionDoNothing()
              : schedule.withMisfireHandlingInstructionFireAndProceed();
      CronTrigger trigger =
          TriggerBuilder.newTrigger()
              .withIdentity(definition.name())
              .withSchedule(schedule)
              .build();
      scheduler.scheduleJob(job, trigger);
      scheduler.start();
      log.info(
          "{}: scheduled '{}' ({}), next at {}",
          definition.name(),
          spec.cron(),
          spec.timeZone(),
          trigger.getNextFireTime().toInstant());
    } catch (SchedulerException e) {
      problem = "the schedule cannot start: " + e.getMessage();
      log.error("{}: {}", definition.name(), problem, e);
    }
  }

  /** Runs once for fire times missed since the last run in the ledger, if there were any. */
  private void catchUp() {
    Instant now = clock.instant();
    Optional<Instant> last =
        ledger.transactionsSince(now.minus(LOOK_BACK)).stream()
            .filter(t -> t.definitionName().equals(definition.name()))
            .map(TransactionRecord::createdAt)
            .max(Instant::compareTo);
    if (last.isEmpty()) {
      return;
    }
    Instant missed = null;
    Date next = cron.getNextValidTimeAfter(Date.from(last.get()));
    for (int i = 0; next != null && next.toInstant().isBefore(now) && i < 100_000; i++) {
      missed = next.toInstant();
      next = cron.getNextValidTimeAfter(next);
    }
    if (missed != null) {
      log.info("{}: runs once for fire times missed up to {}", definition.name(), missed);
      fire(Date.from(missed), true);
    }
  }

  private void fire(Date scheduled, boolean misfired) {
    Instant at = scheduled.toInstant();
    Map<String, Object> trigger = new LinkedHashMap<>();
    trigger.put("kind", "schedule");
    trigger.put("scheduledAt", at);
    trigger.put("firedAt", clock.instant());
    trigger.put("misfired", misfired);
    WorkItem item = new WorkItem(Map.of(), "schedule:" + definition.name() + ":" + at, trigger, 0);
    try {
      pool.submit(definition, item, (result, error) -> {});
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void use(ProcessDefinition newer) {
    definition = newer;
  }

  @Override
  public Optional<String> problem() {
    String p = problem;
    return p == null ? Optional.empty() : Optional.of(definition.name() + ": " + p);
  }

  @Override
  public void close() {
    if (scheduler != null) {
      try {
        scheduler.shutdown(true);
      } catch (SchedulerException e) {
        log.warn("{}: stopping the schedule: {}", definition.name(), e.getMessage());
      }
    }
  }

  /** Stands for the job in Quartz's store; the job factory supplies what runs. */
  public static final class FireJob implements org.quartz.Job {
    @Override
    public void execute(org.quartz.JobExecutionContext context) {
      throw new IllegalStateException("ScheduleTrigger's job factory runs fire times");
    }
  }
}
