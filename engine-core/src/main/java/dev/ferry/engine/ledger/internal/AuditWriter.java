package dev.ferry.engine.ledger.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ferry.engine.audit.AuditEvent;
import dev.ferry.engine.audit.AuditHashing;
import dev.ferry.engine.audit.AuditSeal;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.StatelessSession;

/**
 * Appends audit events inside the caller's database transaction, so a checkpoint and its audit
 * event commit together or not at all. It remembers each running transaction's chain head; call
 * {@link #committed} once the database transaction has committed.
 */
final class AuditWriter {
  private static final ObjectMapper JSON = new ObjectMapper();

  private record Head(int seq, String hash) {}

  private final Map<String, Head> heads = new ConcurrentHashMap<>();

  /** An event appended but not yet known to be committed. */
  record Pending(String transactionId, int seq, String hash) {}

  Pending append(
      StatelessSession session,
      String transactionId,
      String kind,
      String actor,
      Instant at,
      Map<String, ?> payload) {
    Head head = heads.get(transactionId);
    if (head == null) {
      head = readHead(session, transactionId);
    }
    AuditEvent unsigned =
        new AuditEvent(
            transactionId,
            head.seq() + 1,
            kind,
            actor,
            AuditHashing.storedPrecision(at),
            json(payload),
            head.hash(),
            null);
    AuditEvent event =
        new AuditEvent(
            unsigned.transactionId(),
            unsigned.seq(),
            unsigned.kind(),
            unsigned.actor(),
            unsigned.at(),
            unsigned.payload(),
            unsigned.previousHash(),
            AuditHashing.hashOf(unsigned));
    session.insert(AuditEventEntity.of(event));
    return new Pending(transactionId, event.seq(), event.hash());
  }

  /** Seals the transaction's chain as it stands, as the next link of the global chain. */
  void seal(StatelessSession session, Pending last, Instant at) {
    Object[] newest =
        session
            .createSelectionQuery(
                "select seq, hash from AuditSealEntity order by seq desc", Object[].class)
            .setMaxResults(1)
            .uniqueResultOptional()
            .orElse(new Object[] {0L, AuditHashing.GENESIS});
    AuditSeal unsigned =
        new AuditSeal(
            (Long) newest[0] + 1,
            last.transactionId(),
            last.hash(),
            last.seq(),
            AuditHashing.storedPrecision(at),
            (String) newest[1],
            null);
    session.insert(
        AuditSealEntity.of(
            new AuditSeal(
                unsigned.seq(),
                unsigned.transactionId(),
                unsigned.transactionHead(),
                unsigned.events(),
                unsigned.at(),
                unsigned.previousHash(),
                AuditHashing.hashOf(unsigned))));
  }

  void committed(Pending pending) {
    heads.put(pending.transactionId(), new Head(pending.seq(), pending.hash()));
  }

  /** Forgets a transaction's head, after it ended or when its database transaction failed. */
  void forget(String transactionId) {
    heads.remove(transactionId);
  }

  private static Head readHead(StatelessSession session, String transactionId) {
    return session
        .createSelectionQuery(
            "select key.seq, hash from AuditEventEntity where key.transactionId = :id"
                + " order by key.seq desc",
            Object[].class)
        .setParameter("id", transactionId)
        .setMaxResults(1)
        .uniqueResultOptional()
        .map(row -> new Head((Integer) row[0], (String) row[1]))
        .orElse(new Head(0, AuditHashing.GENESIS));
  }

  private static String json(Map<String, ?> payload) {
    try {
      return JSON.writeValueAsString(payload);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write an audit payload", e);
    }
  }
}
