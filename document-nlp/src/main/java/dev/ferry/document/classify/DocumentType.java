package dev.ferry.document.classify;

/** What kind of document something is. */
public enum DocumentType {
  INVOICE,
  CONTRACT,
  OTHER
}
