package dev.ferry.engine.audit;

/** The formats {@code ferry audit export} writes. */
public enum ExportFormat {
  /** One row per step attempt, RFC 4180, with a header. */
  CSV,
  /** One JSON object per step attempt per line. */
  JSONL
}
