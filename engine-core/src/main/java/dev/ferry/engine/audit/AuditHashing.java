package dev.ferry.engine.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The canonical forms and hashes of audit entries. The canonical form is a JSON array of the
 * entry's fields in a fixed order, with times in ISO-8601 at microsecond precision (what every
 * supported database keeps).
 */
public final class AuditHashing {
  /** The previous hash of the first entry of a chain. */
  public static final String GENESIS = "0".repeat(64);

  private static final ObjectMapper JSON = new ObjectMapper();

  private AuditHashing() {}

  /** The time as the ledger stores it, so that hashes computed before and after storing agree. */
  public static Instant storedPrecision(Instant at) {
    return at.truncatedTo(ChronoUnit.MICROS);
  }

  public static String hashOf(AuditEvent e) {
    return sha256(
        canonical(
            e.transactionId(),
            e.seq(),
            e.kind(),
            e.actor(),
            e.at().toString(),
            e.payload(),
            e.previousHash()));
  }

  public static String hashOf(AuditSeal s) {
    return sha256(
        canonical(
            s.seq(),
            s.transactionId(),
            s.transactionHead(),
            s.events(),
            s.at().toString(),
            s.previousHash()));
  }

  /** The SHA-256 of the bytes, as lower-case hex. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static String sha256(String canonical) {
    return sha256(canonical.getBytes(StandardCharsets.UTF_8));
  }

  private static String canonical(Object... fields) {
    try {
      return JSON.writeValueAsString(Arrays.asList(fields));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
