package dev.ferry.document.invoice;

/** How a value was found. */
public enum ExtractionMethod {
  /** Read from e-invoice XML embedded in the PDF (ZUGFeRD, Factur-X, XRechnung, UBL). */
  EMBEDDED_XML,
  /** Found on the page by a layout rule: a label and the value beside or below it. */
  RULE,
  /** Computed from other fields, such as tax = gross - net. */
  COMPUTED,
  /** Found by a per-vendor template. */
  TEMPLATE,
  /** Found by named-entity recognition. */
  NER
}
