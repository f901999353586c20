package dev.ferry.engine.audit;

import java.time.Instant;

/**
 * One link of the global chain: it seals a transaction's chain as it stood when the transaction
 * ended (or went in doubt), so that removing a whole transaction is detected too.
 *
 * @param transactionHead the hash of the transaction's last event at sealing time
 * @param events how many events the transaction's chain had then
 */
public record AuditSeal(
    long seq,
    String transactionId,
    String transactionHead,
    int events,
    Instant at,
    String previousHash,
    String hash) {}
