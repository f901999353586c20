package dev.ferry.engine.ledger.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ferry.engine.audit.AuditEvent;
import dev.ferry.engine.audit.AuditHashing;
import dev.ferry.engine.audit.AuditSeal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Appends audit events inside the caller's database transaction, so a checkpoint and its audit
 * event commit together or not at all. It remembers each running transaction's chain head; call
 * {@link #committed} once the database transaction has committed.
 *
 * <p>It writes with plain JDBC on the caller's connection: two events per step make it the ledger's
 * most frequent write.
 */
final class AuditWriter {
  private static final ObjectMapper JSON = new ObjectMapper();

  private record Head(int seq, String hash) {}

  private final Map<String, Head> heads = new ConcurrentHashMap<>();

  /** An event appended but not yet known to be committed. */
  record Pending(String transactionId, int seq, String hash) {}

  Pending append(
      Connection connection,
      String transactionId,
      String kind,
      String actor,
      Instant at,
      Map<String, ?> payload)
      throws SQLException {
    Head head = heads.get(transactionId);
    if (head == null) {
      head = readHead(connection, transactionId);
    }
    return append(connection, transactionId, head, kind, actor, at, payload);
  }

  /** Appends an event after one appended earlier in the same database transaction. */
  Pending appendAfter(
      Connection connection,
      Pending previous,
      String kind,
      String actor,
      Instant at,
      Map<String, ?> payload)
      throws SQLException {
    return append(
        connection,
        previous.transactionId(),
        new Head(previous.seq(), previous.hash()),
        kind,
        actor,
        at,
        payload);
  }

  private Pending append(
      Connection connection,
      String transactionId,
      Head head,
      String kind,
      String actor,
      Instant at,
      Map<String, ?> payload)
      throws SQLException {
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
    Sql.execute(
        connection,
        "insert into ferry_audit_event"
            + " (transaction_id, seq, kind, actor, at, payload, previous_hash, hash)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?)",
        event.transactionId(),
        event.seq(),
        event.kind(),
        event.actor(),
        event.at(),
        event.payload(),
        event.previousHash(),
        event.hash());
    return new Pending(transactionId, event.seq(), event.hash());
  }

  /** Seals the transaction's chain as it stands, as the next link of the global chain. */
  void seal(Connection connection, Pending last, Instant at) throws SQLException {
    long newestSeq = 0;
    String newestHash = AuditHashing.GENESIS;
    try (PreparedStatement query =
            connection.prepareStatement(
                "select seq, hash from ferry_audit_seal order by seq desc fetch first 1 rows only");
        ResultSet newest = query.executeQuery()) {
      if (newest.next()) {
        newestSeq = newest.getLong(1);
        newestHash = newest.getString(2);
      }
    }
    AuditSeal unsigned =
        new AuditSeal(
            newestSeq + 1,
            last.transactionId(),
            last.hash(),
            last.seq(),
            AuditHashing.storedPrecision(at),
            newestHash,
            null);
    Sql.execute(
        connection,
        "insert into ferry_audit_seal"
            + " (seq, transaction_id, transaction_head, events, at, previous_hash, hash)"
            + " values (?, ?, ?, ?, ?, ?, ?)",
        unsigned.seq(),
        unsigned.transactionId(),
        unsigned.transactionHead(),
        unsigned.events(),
        unsigned.at(),
        unsigned.previousHash(),
        AuditHashing.hashOf(unsigned));
  }

  void committed(Pending pending) {
    heads.put(pending.transactionId(), new Head(pending.seq(), pending.hash()));
  }

  /** Forgets a transaction's head, after it ended or when its database transaction failed. */
  void forget(String transactionId) {
    heads.remove(transactionId);
  }

  private static Head readHead(Connection connection, String transactionId) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "select seq, hash from ferry_audit_event where transaction_id = ?"
                + " order by seq desc fetch first 1 rows only")) {
      query.setString(1, transactionId);
      try (ResultSet newest = query.executeQuery()) {
        return newest.next()
            ? new Head(newest.getInt(1), newest.getString(2))
            : new Head(0, AuditHashing.GENESIS);
      }
    }
  }

  private static String json(Map<String, ?> payload) {
    try {
      return JSON.writeValueAsString(payload);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write an audit payload", e);
    }
  }
}
