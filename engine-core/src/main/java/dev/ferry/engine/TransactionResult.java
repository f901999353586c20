package dev.ferry.engine;

import dev.ferry.engine.ledger.TransactionStatus;
import dev.ferry.engine.spi.TransactionId;
import java.time.Duration;
import java.util.Map;

/**
 * How a transaction ended.
 *
 * @param duplicate true when the work item's business key was already known: nothing ran, and
 *     {@code id} is the earlier transaction
 * @param errorCode null unless it failed
 * @param variables the final variables, with sensitive values redacted
 */
public record TransactionResult(
    TransactionId id,
    TransactionStatus status,
    boolean duplicate,
    String errorCode,
    String errorMessage,
    int steps,
    Duration duration,
    Map<String, Object> variables) {}
