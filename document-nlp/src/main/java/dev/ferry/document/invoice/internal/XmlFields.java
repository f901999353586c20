package dev.ferry.document.invoice.internal;

import dev.ferry.document.invoice.ExtractionMethod;
import dev.ferry.document.invoice.Provenance;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Collects fields read from e-invoice XML, each with the element path it came from. */
final class XmlFields {
  private final String file;
  private final Map<String, Object> values = new HashMap<>();
  private final Map<String, Provenance> provenance = new HashMap<>();

  XmlFields(String file) {
    this.file = file;
  }

  void put(String field, Optional<?> value, String path) {
    value.ifPresent(
        v -> {
          values.put(field, v);
          provenance.put(field, source(v, path));
        });
  }

  Provenance source(Object v, String path) {
    String text = v instanceof BigDecimal d ? d.toPlainString() : v.toString();
    return new Provenance(
        text, null, null, ExtractionMethod.EMBEDDED_XML, BigDecimal.ONE, file + ": " + path);
  }

  @SuppressWarnings("unchecked")
  <T> T get(String field) {
    return (T) values.get(field);
  }

  Map<String, Provenance> provenance() {
    return provenance;
  }

  static Optional<BigDecimal> decimal(Optional<String> text) {
    try {
      return text.map(t -> new BigDecimal(t.trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** CII dates are {@code yyyyMMdd} (format 102); UBL dates are ISO. */
  static Optional<LocalDate> date(Optional<String> text) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String t = text.get().trim();
    for (DateTimeFormatter f :
        List.of(DateTimeFormatter.BASIC_ISO_DATE, DateTimeFormatter.ISO_LOCAL_DATE)) {
      try {
        return Optional.of(LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t, f));
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    return Optional.empty();
  }
}
