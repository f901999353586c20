package dev.ferry.engine.audit;

import dev.ferry.engine.ledger.Ledger;
import dev.ferry.engine.ledger.TransactionRecord;
import dev.ferry.engine.spi.TransactionId;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the audit trail: every transaction's chain of events, and the global chain of seals over
 * them. It recomputes every hash from the stored content, so any change to any stored byte, a
 * removed or reordered event, or a removed transaction is reported, naming the first entry that
 * does not match.
 */
public final class AuditChain {
  private final Ledger ledger;

  public AuditChain(Ledger ledger) {
    this.ledger = ledger;
  }

  /**
   * The result of a check.
   *
   * @param problem the first mismatch found, naming the entry; null when the trail is intact
   */
  public record Verification(long events, long seals, String problem, AuditHead head) {
    public boolean intact() {
      return problem == null;
    }
  }

  /** Checks one transaction's chain and the seals that cover it. */
  public Verification verify(TransactionId id) {
    List<AuditEvent> events = ledger.auditEvents(id);
    String problem = checkEvents(id.value(), events);
    if (events.isEmpty() && problem == null) {
      problem = "transaction " + id + " has no audit events";
    }
    Map<String, List<AuditEvent>> chains = Map.of(id.value(), events);
    List<AuditSeal> seals =
        ledger.auditSeals().stream().filter(s -> s.transactionId().equals(id.value())).toList();
    if (problem == null) {
      problem = checkSealContents(seals, chains);
    }
    return new Verification(events.size(), seals.size(), problem, ledger.auditHead());
  }

  /** Checks every transaction's chain and the whole global chain of seals. */
  public Verification verifyAll() {
    Map<String, List<AuditEvent>> chains = new HashMap<>();
    long count = 0;
    String problem = null;
    for (TransactionRecord tx : ledger.transactionsSince(Instant.EPOCH)) {
      List<AuditEvent> events = ledger.auditEvents(tx.id());
      chains.put(tx.id().value(), events);
      count += events.size();
      if (problem == null) {
        problem = checkEvents(tx.id().value(), events);
      }
    }
    List<AuditSeal> seals = ledger.auditSeals();
    if (problem == null) {
      problem = checkSealLinks(seals);
    }
    if (problem == null) {
      problem = checkSealContents(seals, chains);
    }
    return new Verification(count, seals.size(), problem, ledger.auditHead());
  }

  private static String checkEvents(String transactionId, List<AuditEvent> events) {
    String previous = AuditHashing.GENESIS;
    for (int i = 0; i < events.size(); i++) {
      AuditEvent event = events.get(i);
      String where =
          "transaction "
              + transactionId
              + " event #"
              + event.seq()
              + " ("
              + event.kind()
              + " at "
              + event.at()
              + ")";
      if (event.seq() != i + 1) {
        return where + ": expected event #" + (i + 1) + "; an event was removed or inserted";
      }
      if (!event.previousHash().equals(previous)) {
        return where + ": does not link to the event before it";
      }
      if (!AuditHashing.hashOf(event).equals(event.hash())) {
        return where + ": its content does not match its hash; it was changed after it was written";
      }
      previous = event.hash();
    }
    return null;
  }

  private static String checkSealLinks(List<AuditSeal> seals) {
    String previous = AuditHashing.GENESIS;
    for (int i = 0; i < seals.size(); i++) {
      AuditSeal seal = seals.get(i);
      String where = "seal #" + seal.seq() + " (transaction " + seal.transactionId() + ")";
      if (seal.seq() != i + 1) {
        return where + ": expected seal #" + (i + 1) + "; a seal was removed or inserted";
      }
      if (!seal.previousHash().equals(previous)) {
        return where + ": does not link to the seal before it";
      }
      if (!AuditHashing.hashOf(seal).equals(seal.hash())) {
        return where + ": its content does not match its hash; it was changed after it was written";
      }
      previous = seal.hash();
    }
    return null;
  }

  private static String checkSealContents(
      List<AuditSeal> seals, Map<String, List<AuditEvent>> chains) {
    for (AuditSeal seal : seals) {
      List<AuditEvent> events = chains.get(seal.transactionId());
      String where = "seal #" + seal.seq() + " (transaction " + seal.transactionId() + ")";
      if (events == null || events.size() < seal.events()) {
        return where
            + ": sealed "
            + seal.events()
            + " events but the transaction has "
            + (events == null ? "none" : events.size())
            + "; events or the whole transaction were removed";
      }
      if (!events.get(seal.events() - 1).hash().equals(seal.transactionHead())) {
        return where + ": the transaction's chain no longer ends where it was sealed";
      }
    }
    return null;
  }
}
