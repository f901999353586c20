package dev.ferry.engine.audit.report.internal;

/** The sentence every export carries to say which audit chain head it covers. */
public final class ChainStatement {
  private ChainStatement() {}

  /**
   * "covers audit chain head {@code <head>}", or a sentence saying that no head was given.
   *
   * @param chainHead such as {@code 3f…9a (42 events)}; null when there is no chain to cover
   */
  public static String of(String chainHead) {
    return chainHead == null || chainHead.isBlank()
        ? "covers no audit chain head (none was given when this export was made)"
        : "covers audit chain head " + chainHead.strip();
  }

  /**
   * The same sentence with a leading SHA-256 shortened to its first 12 and last 4 hex digits, for
   * page footers where the full hash does not fit.
   */
  public static String abbreviated(String chainHead) {
    if (chainHead != null && chainHead.strip().matches("(?s)[0-9a-fA-F]{64}.*")) {
      String head = chainHead.strip();
      return of(head.substring(0, 12) + "..." + head.substring(60));
    }
    return of(chainHead);
  }
}
