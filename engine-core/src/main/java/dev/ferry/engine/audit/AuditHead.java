package dev.ferry.engine.audit;

/**
 * The newest seal of the global audit chain: what an export covers.
 *
 * @param hash the newest seal's hash, or {@link AuditHashing#GENESIS} when nothing is sealed yet
 * @param seals how many seals the chain has
 */
public record AuditHead(String hash, long seals) {
  @Override
  public String toString() {
    return hash + " (" + seals + " sealed transactions)";
  }
}
