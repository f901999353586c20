package dev.ferry.engine.audit;

import java.time.Instant;

/**
 * One entry of a transaction's audit chain. Its {@code hash} is the SHA-256 of its canonical form,
 * which includes {@code previousHash}, so changing any entry breaks every later link.
 *
 * @param seq the position in the transaction's chain, from 1
 * @param kind what happened, such as {@code STEP_FINISHED} or {@code OPERATOR_RESOLVE}
 * @param actor who did it: {@code engine@<host>} or an operator's name
 * @param payload the details as redacted JSON
 */
public record AuditEvent(
    String transactionId,
    int seq,
    String kind,
    String actor,
    Instant at,
    String payload,
    String previousHash,
    String hash) {}
