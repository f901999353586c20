package dev.ferry.engine.ledger.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.ferry.engine.audit.AuditEvent;
import dev.ferry.engine.audit.AuditHashing;
import dev.ferry.engine.audit.AuditHead;
import dev.ferry.engine.audit.AuditSeal;
import dev.ferry.engine.ledger.Ledger;
import dev.ferry.engine.ledger.LedgerConfig;
import dev.ferry.engine.ledger.NewTransaction;
import dev.ferry.engine.ledger.StepRecord;
import dev.ferry.engine.ledger.TransactionRecord;
import dev.ferry.engine.ledger.TransactionStatus;
import dev.ferry.engine.model.ProcessDefinition;
import dev.ferry.engine.spi.Evidence;
import dev.ferry.engine.spi.FerryException;
import dev.ferry.engine.spi.TransactionId;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.exception.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ledger on Hibernate ORM, except for its most frequent writes: a step's start, its checkpoint
 * and every audit event go through plain JDBC ({@link StepWriter}, {@link AuditWriter}). The rest
 * goes through stateless sessions, with no persistence context to dirty-check.
 */
public final class HibernateLedger implements Ledger {
  private static final Logger log = LoggerFactory.getLogger(HibernateLedger.class);
  private static final int SEAL_ATTEMPTS = 20;

  /** The advisory lock nodes on one PostgreSQL ledger take turns at the audit seal with. */
  private static final long SEAL_LOCK_KEY = 0x6665727279L;

  private final HikariDataSource dataSource;
  private final SessionFactory sessions;
  private final AuditWriter audit = new AuditWriter();
  private final String engineActor = "engine@" + hostName();
  private final ReentrantLock sealLock = new ReentrantLock();
  private final boolean postgres;
  private final Optional<IntentLog> intents;
  private final StepWriter steps;

  /** The definitions known to be stored, by SHA-256, so that each is looked up once. */
  private final Set<String> storedDefinitions = ConcurrentHashMap.newKeySet();

  private HibernateLedger(
      HikariDataSource dataSource,
      SessionFactory sessions,
      boolean postgres,
      Optional<IntentLog> intents) {
    this.dataSource = dataSource;
    this.sessions = sessions;
    this.postgres = postgres;
    this.intents = intents;
    this.steps = new StepWriter(dataSource, audit, engineActor);
  }

  /** Opens the database, applies pending migrations and starts Hibernate. */
  public static HibernateLedger open(LedgerConfig config) {
    HikariDataSource dataSource = dataSource(config);
    try {
      migrate(dataSource, config);
      StandardServiceRegistry registry =
          new StandardServiceRegistryBuilder()
              .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
              .applySetting(AvailableSettings.HBM2DDL_AUTO, "none")
              .applySetting(AvailableSettings.STATEMENT_BATCH_SIZE, 50)
              .applySetting("hibernate.boot.allow_jdbc_metadata_access", "true")
              .build();
      SessionFactory sessions =
          new MetadataSources(registry)
              .addAnnotatedClass(DefinitionEntity.class)
              .addAnnotatedClass(TransactionEntity.class)
              .addAnnotatedClass(StepEntity.class)
              .addAnnotatedClass(EvidenceEntity.class)
              .addAnnotatedClass(AuditEventEntity.class)
              .addAnnotatedClass(AuditSealEntity.class)
              .buildMetadata()
              .buildSessionFactory();
      Optional<IntentLog> intents =
          IntentLog.of(config.jdbcUrl()).filter(owned -> ownsH2Database(dataSource));
      HibernateLedger ledger =
          new HibernateLedger(dataSource, sessions, config.isPostgres(), intents);
      ledger.restoreLostStarts();
      return ledger;
    } catch (RuntimeException e) {
      dataSource.close();
      throw new FerryException(
          "cannot open the ledger at " + config.jdbcUrl() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Whether this process opened the H2 database itself, rather than reaching it through another
   * process's automatic server ({@code AUTO_SERVER=TRUE}). Only the process that writes the file
   * can lose its commits, so only it keeps the intent log.
   */
  private static boolean ownsH2Database(HikariDataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      return c.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal;
    } catch (SQLException e) {
      throw new FerryException("cannot open the ledger: " + e.getMessage(), e);
    }
  }

  /**
   * Puts back the step starts that the intent log holds and the database lost in a crash, as
   * started steps, so that the engine handles each as a step interrupted mid-way instead of running
   * it again as if it had never started. Then empties the log.
   */
  private void restoreLostStarts() {
    if (intents.isEmpty()) {
      return;
    }
    IntentLog intentLog = intents.get();
    for (IntentLog.Intent intent : intentLog.read()) {
      String tx = intent.transactionId();
      StepRecord step = intent.step();
      TransactionEntity transaction =
          sessions.fromStatelessSession(s -> s.get(TransactionEntity.class, tx));
      if (transaction == null) {
        log.error(
            "the ledger lost transaction {} in a crash, after its step {} had started; the"
                + " work item may run again when its trigger hands it in again",
            tx,
            step.stepPath());
        continue;
      }
      boolean kept =
          sessions.fromStatelessSession(s -> s.get(StepEntity.class, new StepKey(tx, step.seq())))
              != null;
      if (kept || transaction.status.isFinal()) {
        continue;
      }
      log.warn(
          "the ledger lost the start of step {} of {} in a crash (H2 fell back to an older state"
              + " of its file); it is put back from {} and will be handled as an interrupted step",
          step.stepPath(),
          tx,
          intentLog.file());
      Map<String, Object> payload = startPayload(step);
      payload.put("restoredFrom", "intent log: the database had lost this record in a crash");
      steps.started(tx, step, payload);
    }
    intentLog.clear();
  }

  private static HikariDataSource dataSource(LedgerConfig config) {
    HikariConfig hikari = new HikariConfig();
    hikari.setJdbcUrl(config.jdbcUrl());
    hikari.setUsername(config.username());
    if (config.password() != null) {
      hikari.setPassword(config.password().reveal());
    }
    hikari.setMaximumPoolSize(config.maxPoolSize());
    hikari.setPoolName("ferry-ledger");
    hikari.setAutoCommit(false);
    try {
      return new HikariDataSource(hikari);
    } catch (RuntimeException e) {
      throw new FerryException(
          "cannot connect to the ledger database "
              + config.jdbcUrl()
              + ": "
              + e.getMessage()
              + ". Check that the database is running and the URL, user and password are right.",
          e);
    }
  }

  private static void migrate(HikariDataSource dataSource, LedgerConfig config) {
    Map<String, String> types =
        config.isPostgres()
            ? Map.of("text", "text", "bytes", "bytea")
            : Map.of("text", "clob", "bytes", "blob");
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .table("ferry_schema_history")
        .placeholders(types)
        .load()
        .migrate();
  }

  @Override
  public void saveDefinition(ProcessDefinition definition) {
    if (storedDefinitions.contains(definition.sha256())) {
      return;
    }
    try {
      sessions.inStatelessTransaction(
          session -> {
            if (session.get(DefinitionEntity.class, definition.sha256()) == null) {
              DefinitionEntity entity = new DefinitionEntity();
              entity.sha256 = definition.sha256();
              entity.name = definition.name();
              entity.version = definition.version();
              entity.sourceFile = definition.sourceFile();
              entity.sourceText = definition.sourceText();
              entity.loadedAt = Instant.now();
              session.insert(entity);
            }
          });
    } catch (ConstraintViolationException raceWithAnotherNode) {
      // Another node stored the same definition at the same moment; the content is identical.
    }
    storedDefinitions.add(definition.sha256());
  }

  @Override
  public Optional<String> definitionSource(String sha256) {
    return Optional.ofNullable(
            sessions.fromStatelessSession(s -> s.get(DefinitionEntity.class, sha256)))
        .map(d -> d.sourceText);
  }

  @Override
  public Created createTransaction(NewTransaction t) {
    if (t.businessKey() != null) {
      Optional<TransactionRecord> existing = byBusinessKey(t.definitionName(), t.businessKey());
      if (existing.isPresent()) {
        return new Created(existing.get(), false);
      }
    }
    TransactionEntity entity = new TransactionEntity();
    entity.id = t.id().value();
    entity.definitionName = t.definitionName();
    entity.definitionVersion = t.definitionVersion();
    entity.definitionSha256 = t.definitionSha256();
    entity.businessKey = t.businessKey();
    entity.status = TransactionStatus.QUEUED;
    entity.priority = t.priority();
    entity.dueAt = t.dueAt();
    entity.dryRun = t.dryRun();
    entity.createdAt = t.createdAt();
    entity.inputs = t.inputsJson();
    entity.resumeState = t.resumeStateJson();
    try {
      Map<String, Object> payload = new LinkedHashMap<>();
      payload.put("definition", t.definitionName());
      payload.put("version", t.definitionVersion());
      payload.put("sha256", t.definitionSha256());
      payload.put("businessKey", t.businessKey());
      payload.put("dryRun", t.dryRun());
      if (t.dueAt() != null) {
        payload.put("dueAt", t.dueAt().toString());
      }
      payload.put("inputs", t.inputsJson());
      audited(
          entity.id,
          session -> {
            session.insert(entity);
            return appendEvent(
                session, entity.id, "TRANSACTION_CREATED", engineActor, t.createdAt(), payload);
          });
      return new Created(entity.toRecord(), true);
    } catch (ConstraintViolationException duplicateKey) {
      return byBusinessKey(t.definitionName(), t.businessKey())
          .map(existing -> new Created(existing, false))
          .orElseThrow(() -> duplicateKey);
    }
  }

  private Optional<TransactionRecord> byBusinessKey(String definitionName, String businessKey) {
    return sessions.fromStatelessSession(
        s ->
            s.createSelectionQuery(
                    "from TransactionEntity where definitionName = :name and businessKey = :key",
                    TransactionEntity.class)
                .setParameter("name", definitionName)
                .setParameter("key", businessKey)
                .uniqueResultOptional()
                .map(TransactionEntity::toRecord));
  }

  @Override
  public boolean markStarted(TransactionId id, Instant at) {
    return auditedIfApplied(
        id.value(),
        s -> {
          TransactionEntity tx = s.get(TransactionEntity.class, id.value());
          int updated =
              s.createMutationQuery(
                      "update TransactionEntity set status = :running,"
                          + " startedAt = coalesce(startedAt, :at)"
                          + " where id = :id and status in (:running, :queued)")
                  .setParameter("running", TransactionStatus.RUNNING)
                  .setParameter("queued", TransactionStatus.QUEUED)
                  .setParameter("at", at)
                  .setParameter("id", id.value())
                  .executeUpdate();
          if (updated == 0) {
            throw new NotApplied();
          }
          return appendEvent(
              s,
              id.value(),
              tx.startedAt != null ? "TRANSACTION_RESUMED" : "TRANSACTION_STARTED",
              engineActor,
              at,
              Map.of("node", engineActor));
        });
  }

  @Override
  public boolean requestStop(TransactionId id, String operator, String reason) {
    return auditedIfApplied(
        id.value(),
        s -> {
          int updated =
              s.createMutationQuery(
                      "update TransactionEntity set stopRequested = :request"
                          + " where id = :id and status = :running")
                  .setParameter("request", operator + ": " + reason)
                  .setParameter("id", id.value())
                  .setParameter("running", TransactionStatus.RUNNING)
                  .executeUpdate();
          if (updated == 0) {
            throw new NotApplied();
          }
          return operatorAction(s, id, operator, "stop", reason);
        });
  }

  @Override
  public Map<TransactionId, String> stopRequests() {
    Map<TransactionId, String> requests = new LinkedHashMap<>();
    sessions
        .fromStatelessSession(
            s ->
                s.createSelectionQuery(
                        "select id, stopRequested from TransactionEntity"
                            + " where status = :running and stopRequested is not null",
                        Object[].class)
                    .setParameter("running", TransactionStatus.RUNNING)
                    .getResultList())
        .forEach(row -> requests.put(new TransactionId((String) row[0]), (String) row[1]));
    return requests;
  }

  /**
   * Runs {@link #audited} work that throws {@link NotApplied} when its condition no longer holds.
   *
   * @return false, with nothing recorded, when it did not apply
   */
  private boolean auditedIfApplied(
      String transactionId,
      java.util.function.Function<StatelessSession, AuditWriter.Pending> work) {
    try {
      audited(transactionId, work);
      return true;
    } catch (NotApplied e) {
      return false;
    }
  }

  /** Rolls back a change whose condition no longer holds, such as the status it expects. */
  private static final class NotApplied extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotApplied() {
      super(null, null, false, false);
    }
  }

  @Override
  public Optional<String> resumeState(TransactionId id) {
    return Optional.ofNullable(
            sessions.fromStatelessSession(s -> s.get(TransactionEntity.class, id.value())))
        .map(t -> t.resumeState);
  }

  @Override
  public void stepStarted(TransactionId id, StepRecord step) {
    steps.started(id.value(), step, startPayload(step));
    intents.ifPresent(intentLog -> intentLog.started(id.value(), step));
  }

  private static Map<String, Object> startPayload(StepRecord step) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("seq", step.seq());
    payload.put("path", step.stepPath());
    payload.put("action", step.action());
    payload.put("application", step.application());
    payload.put("attempt", step.attempt());
    payload.put("input", step.inputJson());
    return payload;
  }

  @Override
  public void stepFinished(TransactionId id, StepRecord step, List<Evidence> evidence) {
    steps.finished(id.value(), step, evidence, endPayload(step, evidence));
  }

  @Override
  public void stepRan(TransactionId id, StepRecord step, List<Evidence> evidence) {
    steps.ran(id.value(), step, evidence, startPayload(step), endPayload(step, evidence));
  }

  private static Map<String, Object> endPayload(StepRecord step, List<Evidence> evidence) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("seq", step.seq());
    payload.put("path", step.stepPath());
    payload.put("outcome", step.outcome());
    payload.put("errorCode", step.errorCode());
    payload.put("errorMessage", step.errorMessage());
    payload.put("output", step.outputJson());
    payload.put(
        "variablesSha256",
        step.variablesDelta() == null
            ? null
            : AuditHashing.sha256(step.variablesDelta().getBytes(StandardCharsets.UTF_8)));
    payload.put(
        "evidence",
        evidence.stream()
            .map(e -> e.kind() + " " + e.label() + " " + AuditHashing.sha256(e.content()))
            .toList());
    return payload;
  }

  /**
   * Runs a database transaction that appends one audit event, and moves the chain's head only once
   * it has committed.
   */
  private void audited(
      String transactionId,
      java.util.function.Function<StatelessSession, AuditWriter.Pending> work) {
    try {
      audit.committed(sessions.fromStatelessTransaction(work));
    } catch (RuntimeException e) {
      audit.forget(transactionId);
      throw e;
    }
  }

  @Override
  public void transactionFinished(
      TransactionId id,
      TransactionStatus status,
      Instant at,
      String variablesJson,
      String errorKind,
      String errorCode,
      String errorMessage) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("status", status.name());
    payload.put("errorKind", errorKind);
    payload.put("errorCode", errorCode);
    payload.put("errorMessage", errorMessage);
    payload.put("variables", variablesJson);
    boolean seal = status.isFinal() || status == TransactionStatus.IN_DOUBT;
    Runnable write =
        () ->
            withSealRetries(
                () ->
                    audited(
                        id.value(),
                        s -> {
                          s.createMutationQuery(
                                  "update TransactionEntity set status = :status, endedAt = :at,"
                                      + " variables = :variables, errorKind = :kind, errorCode = :code,"
                                      + " errorMessage = :message, currentStep = null where id = :id")
                              .setParameter("status", status)
                              .setParameter("at", at)
                              .setParameter("variables", variablesJson)
                              .setParameter("kind", errorKind)
                              .setParameter("code", errorCode)
                              .setParameter("message", errorMessage)
                              .setParameter("id", id.value())
                              .executeUpdate();
                          AuditWriter.Pending last =
                              appendEvent(
                                  s, id.value(), "TRANSACTION_FINISHED", engineActor, at, payload);
                          if (seal) {
                            takeSealTurn(s);
                            s.doWork(c -> audit.seal(c, last, at));
                          }
                          return last;
                        }));
    if (!seal) {
      write.run();
      return;
    }
    // Workers of this node take turns at the seal, so that only other nodes can collide on it.
    sealLock.lock();
    try {
      write.run();
    } finally {
      sealLock.unlock();
    }
    audit.forget(id.value());
  }

  /** Appends an audit event inside a Hibernate session's database transaction. */
  private AuditWriter.Pending appendEvent(
      StatelessSession s,
      String transactionId,
      String kind,
      String actor,
      Instant at,
      Map<String, ?> payload) {
    return s.doReturningWork(c -> audit.append(c, transactionId, kind, actor, at, payload));
  }

  @Override
  public void recordOperatorAction(
      TransactionId id, String operator, String action, String detail) {
    audited(id.value(), s -> operatorAction(s, id, operator, action, detail));
  }

  /** Appends an {@code OPERATOR_<ACTION>} event with who did it and why. */
  private AuditWriter.Pending operatorAction(
      StatelessSession s, TransactionId id, String operator, String action, String detail) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("action", action);
    payload.put("detail", detail);
    return appendEvent(
        s,
        id.value(),
        "OPERATOR_" + action.toUpperCase(java.util.Locale.ROOT),
        operator,
        Instant.now(),
        payload);
  }

  @Override
  public void changeStatus(
      TransactionId id, TransactionStatus status, String actor, String reason) {
    Instant at = Instant.now();
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("status", status.name());
    payload.put("reason", reason);
    audited(
        id.value(),
        s -> {
          s.createMutationQuery("update TransactionEntity set status = :status where id = :id")
              .setParameter("status", status)
              .setParameter("id", id.value())
              .executeUpdate();
          return appendEvent(s, id.value(), "STATUS_CHANGED", actor, at, payload);
        });
  }

  /**
   * On PostgreSQL, nodes take turns at the seal with a transaction-scoped advisory lock, so that
   * they do not collide on its number; it is released when the transaction ends.
   */
  private void takeSealTurn(StatelessSession s) {
    if (postgres) {
      s.doWork(
          connection -> {
            try (Statement statement = connection.createStatement()) {
              statement.execute("select pg_advisory_xact_lock(" + SEAL_LOCK_KEY + ")");
            }
          });
    }
  }

  /**
   * Without that lock (H2 shared by processes), two sealing at the same moment collide on the
   * seal's number; the loser tries again. The workers of one node take turns in any case, see
   * {@link #transactionFinished}.
   */
  private static void withSealRetries(Runnable write) {
    for (int attempt = 1; ; attempt++) {
      try {
        write.run();
        return;
      } catch (ConstraintViolationException e) {
        if (attempt >= SEAL_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  @Override
  public List<AuditEvent> auditEvents(TransactionId id) {
    return sessions.fromStatelessSession(
        s ->
            s
                .createSelectionQuery(
                    "from AuditEventEntity where key.transactionId = :id order by key.seq",
                    AuditEventEntity.class)
                .setParameter("id", id.value())
                .getResultList()
                .stream()
                .map(AuditEventEntity::toEvent)
                .toList());
  }

  @Override
  public List<AuditSeal> auditSeals() {
    return sessions.fromStatelessSession(
        s ->
            s
                .createSelectionQuery("from AuditSealEntity order by seq", AuditSealEntity.class)
                .getResultList()
                .stream()
                .map(AuditSealEntity::toSeal)
                .toList());
  }

  @Override
  public AuditHead auditHead() {
    return sessions.fromStatelessSession(
        s ->
            s.createSelectionQuery("from AuditSealEntity order by seq desc", AuditSealEntity.class)
                .setMaxResults(1)
                .uniqueResultOptional()
                .map(seal -> new AuditHead(seal.hash, seal.seq))
                .orElse(new AuditHead(AuditHashing.GENESIS, 0)));
  }

  private static String hostName() {
    try {
      return java.net.InetAddress.getLocalHost().getHostName();
    } catch (java.io.IOException e) {
      return "localhost";
    }
  }

  @Override
  public Optional<TransactionRecord> transaction(TransactionId id) {
    return Optional.ofNullable(
            sessions.fromStatelessSession(s -> s.get(TransactionEntity.class, id.value())))
        .map(TransactionEntity::toRecord);
  }

  @Override
  public List<TransactionRecord> transactions(TransactionStatus status, int limit) {
    return sessions.fromStatelessSession(
        s ->
            s
                .createSelectionQuery(
                    "from TransactionEntity where (:status is null or status = :status)"
                        + " order by createdAt desc, id",
                    TransactionEntity.class)
                .setParameter("status", status)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(TransactionEntity::toRecord)
                .toList());
  }

  @Override
  public List<TransactionRecord> transactionsSince(Instant since) {
    return sessions.fromStatelessSession(
        s ->
            s
                .createSelectionQuery(
                    "from TransactionEntity where createdAt >= :since order by createdAt, id",
                    TransactionEntity.class)
                .setParameter("since", since)
                .getResultList()
                .stream()
                .map(TransactionEntity::toRecord)
                .toList());
  }

  @Override
  public List<StepRecord> steps(TransactionId id) {
    return sessions.fromStatelessSession(
        s ->
            s
                .createSelectionQuery(
                    "from StepEntity where key.transactionId = :id order by key.seq",
                    StepEntity.class)
                .setParameter("id", id.value())
                .getResultList()
                .stream()
                .map(StepEntity::toRecord)
                .toList());
  }

  @Override
  public List<Evidence> evidence(TransactionId id, int stepSeq) {
    return sessions.fromStatelessSession(
        s ->
            s
                .createSelectionQuery(
                    "from EvidenceEntity where key.transactionId = :id and key.stepSeq = :seq"
                        + " order by key.position",
                    EvidenceEntity.class)
                .setParameter("id", id.value())
                .setParameter("seq", stepSeq)
                .getResultList()
                .stream()
                .map(EvidenceEntity::toEvidence)
                .toList());
  }

  @Override
  public void close() {
    sessions.close();
    dataSource.close();
    // H2 has written everything on a clean close, so the starts in the log are safe.
    intents.ifPresent(IntentLog::clear);
  }
}
