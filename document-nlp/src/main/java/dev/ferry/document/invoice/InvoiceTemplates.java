package dev.ferry.document.invoice;

import dev.ferry.engine.spi.FerryException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads per-vendor invoice templates, one YAML file each ({@code *.yaml}, {@code *.yml}):
 *
 * <pre>
 * vendor: Tailspin Toys Ltd
 * keywords: [Tailspin Toys, GB 123 4567 89]
 * fields:
 *   number: 'Ref\.\s*(TT-\d+)'
 *   date: { regex: 'Issued\s+(\d{2}/\d{2}/\d{4})', format: dd/MM/yyyy }
 *   total: 'Please pay\s+([\d.,]+)'
 *   currency: { value: GBP }
 * </pre>
 */
public final class InvoiceTemplates {
  private static final Set<String> TOP = Set.of("vendor", "keywords", "fields");

  /** The fields a template can read; the vendor is the template's own. */
  private static final List<String> READABLE =
      Invoice.FIELDS.stream().filter(f -> !f.equals("vendor")).toList();

  private InvoiceTemplates() {}

  /**
   * Every template in the directory, in file name order.
   *
   * @throws FerryException naming the file and the problem when one cannot be read
   */
  public static List<InvoiceTemplate> load(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new FerryException(
          "the invoice templates directory "
              + directory
              + " does not exist; check templates: in the application's settings, or --templates");
    }
    List<InvoiceTemplate> templates = new ArrayList<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
          templates.add(read(file));
        }
      }
    } catch (IOException e) {
      throw new FerryException(
          "cannot read the invoice templates in " + directory + ": " + e.getMessage(), e);
    }
    return templates;
  }

  static InvoiceTemplate read(Path file) throws IOException {
    Object root;
    try {
      root =
          new Yaml(new SafeConstructor(new LoaderOptions()))
              .load(Files.readString(file, StandardCharsets.UTF_8));
    } catch (YAMLException e) {
      throw problem(file, "is not valid YAML: " + e.getMessage());
    }
    Map<?, ?> top = map(file, root, "the template");
    for (Object key : top.keySet()) {
      if (!TOP.contains(String.valueOf(key))) {
        throw problem(file, "has an unknown key '" + key + "'; a template has " + TOP);
      }
    }
    if (!(top.get("vendor") instanceof String vendor) || vendor.isBlank()) {
      throw problem(file, "needs 'vendor: <name>'");
    }
    if (!(top.get("keywords") instanceof List<?> keywords)
        || keywords.isEmpty()
        || !keywords.stream().allMatch(k -> k instanceof String s && !s.isBlank())) {
      throw problem(
          file, "needs 'keywords: [...]', texts that all appear on this vendor's invoices");
    }
    Map<String, InvoiceTemplate.Rule> rules = new LinkedHashMap<>();
    map(file, top.get("fields"), "fields:")
        .forEach((field, rule) -> rules.put(String.valueOf(field), rule(file, field, rule)));
    return new InvoiceTemplate(
        file.toString(), vendor, keywords.stream().map(String::valueOf).toList(), rules);
  }

  private static InvoiceTemplate.Rule rule(Path file, Object field, Object rule) {
    if (!READABLE.contains(String.valueOf(field))) {
      throw problem(file, "cannot read field '" + field + "'; fields are " + READABLE);
    }
    if (rule instanceof String regex) {
      return new InvoiceTemplate.Rule(pattern(file, field, regex), null, null);
    }
    Map<?, ?> m = map(file, rule, "fields: " + field + ":");
    if (m.get("value") != null) {
      return new InvoiceTemplate.Rule(null, String.valueOf(m.get("value")), null);
    }
    if (!(m.get("regex") instanceof String regex)) {
      throw problem(file, "fields: " + field + ": needs 'regex:' or 'value:'");
    }
    Object format = m.get("format");
    return new InvoiceTemplate.Rule(
        pattern(file, field, regex), null, format == null ? null : String.valueOf(format));
  }

  private static Pattern pattern(Path file, Object field, String regex) {
    try {
      return Pattern.compile(regex, Pattern.MULTILINE);
    } catch (PatternSyntaxException e) {
      throw problem(
          file, "fields: " + field + ": the regular expression is invalid: " + e.getMessage());
    }
  }

  private static Map<?, ?> map(Path file, Object value, String what) {
    if (value instanceof Map<?, ?> m) {
      return m;
    }
    throw problem(file, what + " must be a map of 'key: value' lines");
  }

  private static FerryException problem(Path file, String what) {
    return new FerryException("invoice template " + file + " " + what);
  }
}
