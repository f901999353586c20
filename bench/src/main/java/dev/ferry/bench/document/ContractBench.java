package dev.ferry.bench.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ferry.document.contract.Contract;
import dev.ferry.document.contract.ContractExtractor;
import dev.ferry.document.layout.DocumentLimits;
import dev.ferry.document.layout.DocumentReader;
import dev.ferry.engine.spi.BusinessException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Scores contract extraction against the CUAD labels in {@code ../shared/corpus/contracts/cuad}:
 * parties (each expected party name found), agreement and effective dates, governing law. Reads the
 * PDFs. Skips when the corpus is absent.
 */
public final class ContractBench {
  private ContractBench() {}

  public static void main(String[] args) throws IOException {
    Path dir =
        Path.of(
            args.length > 0 && !args[0].startsWith("-")
                ? args[0]
                : "../shared/corpus/contracts/cuad");
    if (!Files.isDirectory(dir)) {
      System.out.println("SKIPPED: no CUAD corpus at " + dir.toAbsolutePath());
      return;
    }
    boolean verbose = List.of(args).contains("-v");
    ObjectMapper json = new ObjectMapper();
    DocumentReader reader = new DocumentReader(DocumentLimits.defaults());
    ContractExtractor extractor = new ContractExtractor();
    Map<String, FieldScore> scores = new LinkedHashMap<>();
    FieldScore parties = new FieldScore();
    int partyExpected = 0;
    int partyFound = 0;
    int partyRight = 0;
    long nanos = 0;
    int pages = 0;
    List<Path> labels;
    try (Stream<Path> s = Files.list(dir.resolve("labels"))) {
      labels = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    for (Path label : labels) {
      JsonNode l = json.readTree(label.toFile());
      JsonNode fields = l.path("fields");
      Path pdf = dir.resolve(l.path("pdf").asText());
      Contract c = null;
      long start = System.nanoTime();
      try {
        var text = reader.read(pdf);
        pages += text.pages().size();
        c = extractor.extract(text);
      } catch (BusinessException e) {
        System.out.println("  " + pdf.getFileName() + ": refused " + e.code());
      }
      nanos += System.nanoTime() - start;
      List<String> wrong = new ArrayList<>();
      LocalDate agreement = cuadDate(answer(fields, "Agreement Date"));
      LocalDate effective = cuadDate(answer(fields, "Effective Date"));
      String law = answer(fields, "Governing Law");
      score(
          scores,
          "agreementDate",
          agreement,
          c == null ? null : c.agreementDate(),
          Objects.equals(agreement, c == null ? null : c.agreementDate()),
          wrong);
      score(
          scores,
          "effectiveDate",
          effective,
          c == null ? null : c.effectiveDate(),
          Objects.equals(effective, c == null ? null : c.effectiveDate()),
          wrong);
      String gotLaw = c == null ? null : c.governingLaw();
      score(
          scores,
          "governingLaw",
          law.isBlank() ? null : law,
          gotLaw,
          !law.isBlank() && Lenient.sameName(law, gotLaw),
          wrong);
      List<String> expected = expectedParties(answer(fields, "Parties"));
      List<String> got =
          c == null ? List.of() : c.parties().stream().map(Contract.Party::name).toList();
      int right = 0;
      for (String e : expected) {
        if (got.stream().anyMatch(g -> Lenient.sameName(e, g))) {
          right++;
        }
      }
      partyExpected += expected.size();
      partyFound += got.size();
      partyRight += right;
      parties.add(
          !expected.isEmpty(),
          !got.isEmpty(),
          right == expected.size() && got.size() == expected.size());
      if (verbose) {
        System.out.println(
            "  "
                + pdf.getFileName()
                + ": parties "
                + got
                + " vs "
                + expected
                + "; "
                + String.join("; ", wrong));
      }
    }
    FieldScore core = new FieldScore();
    scores.values().forEach(core::add);
    System.out.println();
    System.out.printf(
        java.util.Locale.ROOT,
        "### CUAD contracts (sentence rules)%n%d contracts, %d pages, %.1f pages/s wall%n%n",
        labels.size(),
        pages,
        pages / (nanos / 1e9));
    System.out.println(FieldScore.header());
    scores.forEach((k, v) -> System.out.println(v.row(k)));
    System.out.printf(
        java.util.Locale.ROOT,
        "| parties (each expected name found) | %d | %d | %d | %.1f%% | %.1f%% | %.1f%% (contracts with every party right) |%n",
        partyExpected,
        partyFound,
        partyRight,
        partyFound == 0 ? 0 : 100.0 * partyRight / partyFound,
        partyExpected == 0 ? 0 : 100.0 * partyRight / partyExpected,
        100 * parties.exactMatch());
    System.out.println(core.row("**dates and governing law**"));
  }

  private static String answer(JsonNode fields, String key) {
    JsonNode f = fields.path(key);
    return f.isObject() ? f.path("answer").asText("") : f.asText("");
  }

  /** Names before their "(alias)", split at semicolons; alias-only entries are skipped. */
  static List<String> expectedParties(String answer) {
    List<String> out = new ArrayList<>();
    for (String part : answer.split(";")) {
      String name = part.replaceAll("\\(.*", "").replaceAll("[\"“”].*", "").trim();
      if (name.length() >= 2) {
        out.add(name);
      }
    }
    return out;
  }

  /** CUAD writes 5/14/14; parts in [] are unknown, and such dates are not scored. */
  static LocalDate cuadDate(String s) {
    if (s == null || s.isBlank() || s.contains("[")) {
      return null;
    }
    String[] p = s.trim().split("/");
    if (p.length != 3) {
      return null;
    }
    try {
      int year = Integer.parseInt(p[2]);
      if (p[2].length() == 2) {
        year += year < 70 ? 2000 : 1900;
      }
      return LocalDate.of(year, Integer.parseInt(p[0]), Integer.parseInt(p[1]));
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static void score(
      Map<String, FieldScore> scores,
      String field,
      Object expected,
      Object got,
      boolean right,
      List<String> wrong) {
    scores.computeIfAbsent(field, k -> new FieldScore()).add(expected != null, got != null, right);
    if (expected != null && !right) {
      wrong.add(field + " " + got + " != " + expected);
    }
  }
}
