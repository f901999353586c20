package dev.ferry.document.invoice;

import dev.ferry.document.invoice.internal.AmountParser;
import dev.ferry.document.invoice.internal.DateParser;
import dev.ferry.document.layout.DocumentText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A vendor's template: the keywords that recognise its invoices, and a regular expression (or a
 * fixed value) per field. Fields a template gives override those found by the layout rules; the
 * rest still come from the layout rules. Read from YAML by {@link InvoiceTemplates}.
 *
 * @param file where the template was read from, named in provenance
 * @param vendor the vendor's name, the {@code vendor} field of every matching invoice
 * @param keywords texts that must all appear on the invoice (case is ignored)
 * @param fields by field name ({@link Invoice#FIELDS}): how to read it
 */
public record InvoiceTemplate(
    String file, String vendor, List<String> keywords, Map<String, Rule> fields) {
  private static final BigDecimal CONFIDENCE = new BigDecimal("0.95");

  /**
   * How a template reads one field.
   *
   * @param regex searched in the text; its first group is the value (the whole match without a
   *     group). Null when the value is fixed
   * @param value a fixed value, such as the currency {@code EUR}; null when read by regex
   * @param dateFormat for dates, a {@link DateTimeFormatter} pattern such as {@code dd.MM.yyyy};
   *     null to accept the usual forms
   */
  public record Rule(Pattern regex, String value, String dateFormat) {}

  public InvoiceTemplate {
    Objects.requireNonNull(vendor, "vendor");
    keywords = List.copyOf(keywords);
    fields = Map.copyOf(fields);
  }

  /** Whether every keyword appears in the text. */
  public boolean matches(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return keywords.stream().allMatch(k -> lower.contains(k.toLowerCase(Locale.ROOT)));
  }

  /** The fields this template finds; those it cannot read stay null. */
  public Invoice read(DocumentText document) {
    String text = document.text();
    Map<String, Provenance> provenance = new HashMap<>();
    provenance.put("vendor", source(vendor, "template " + file));
    Map<String, Object> values = new HashMap<>();
    fields.forEach(
        (name, rule) ->
            find(rule, text)
                .ifPresent(
                    raw ->
                        parse(name, raw)
                            .ifPresent(
                                value -> {
                                  values.put(name, value);
                                  provenance.put(
                                      name, source(raw, "template " + file + ": " + raw));
                                })));
    return new Invoice(
        vendor,
        (String) values.get("number"),
        (LocalDate) values.get("date"),
        (LocalDate) values.get("dueDate"),
        (String) values.get("currency"),
        (BigDecimal) values.get("net"),
        (BigDecimal) values.get("tax"),
        (BigDecimal) values.get("total"),
        (String) values.get("purchaseOrder"),
        (String) values.get("iban"),
        List.of(),
        List.of(),
        provenance,
        "TEMPLATE",
        document.pages().size());
  }

  private static Optional<String> find(Rule rule, String text) {
    if (rule.value() != null) {
      return Optional.of(rule.value());
    }
    Matcher m = rule.regex().matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    String value = (m.groupCount() > 0 ? m.group(1) : m.group()).strip();
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  /** The field's value in its type; empty when the text is not one (a date that is no date). */
  private Optional<Object> parse(String field, String raw) {
    return switch (field) {
      case "date", "dueDate" -> Optional.ofNullable(date(raw, fields.get(field)));
      case "net", "tax", "total" -> AmountParser.parseWhole(raw).map(Object.class::cast);
      case "iban" -> Optional.of(raw.replaceAll("\\s", ""));
      default -> Optional.of(raw);
    };
  }

  private static LocalDate date(String text, Rule rule) {
    if (rule.dateFormat() != null) {
      try {
        return LocalDate.parse(text, DateTimeFormatter.ofPattern(rule.dateFormat(), Locale.ROOT));
      } catch (DateTimeParseException | IllegalArgumentException e) {
        return null;
      }
    }
    List<DateParser.Found> dates = DateParser.findAll(text, false);
    return dates.isEmpty() ? null : dates.get(0).date();
  }

  private static Provenance source(String value, String evidence) {
    return new Provenance(value, null, null, ExtractionMethod.TEMPLATE, CONFIDENCE, evidence);
  }
}
