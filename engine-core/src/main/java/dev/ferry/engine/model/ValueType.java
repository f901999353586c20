package dev.ferry.engine.model;

/** The types a process variable or input can have. Money is a decimal, never a floating point. */
public enum ValueType {
  TEXT,
  DECIMAL,
  INTEGER,
  BOOLEAN,
  DATE,
  DATETIME,
  LIST,
  MAP,
  DOCUMENT,
  ANY
}
