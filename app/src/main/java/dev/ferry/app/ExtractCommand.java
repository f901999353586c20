package dev.ferry.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.ferry.document.contract.ContractExtractor;
import dev.ferry.document.invoice.InvoiceExtractor;
import dev.ferry.document.invoice.InvoiceTemplates;
import dev.ferry.document.layout.DocumentLimits;
import dev.ferry.document.layout.DocumentReader;
import dev.ferry.document.ner.NerMode;
import dev.ferry.engine.spi.BusinessException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ferry extract invoice|contract FILE...}: reads documents without writing a process, and
 * prints every field with where it came from, so anyone can try extraction or score it.
 */
@Command(
    name = "extract",
    description = "Read invoices or contracts and print their fields, with provenance, as JSON.")
final class ExtractCommand implements Callable<Integer> {
  /** What kind of document to read. */
  enum Kind {
    invoice,
    contract
  }

  @Parameters(index = "0", paramLabel = "KIND", description = "invoice or contract.")
  Kind kind;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "PDF files.")
  List<Path> files;

  @Option(names = "--json", description = "One compact JSON object per line (JSON Lines).")
  boolean jsonLines;

  @Option(
      names = "--templates",
      paramLabel = "DIR",
      description = "A directory of per-vendor invoice templates (YAML) to use before the rules.")
  Path templates;

  @Option(
      names = "--ner",
      paramLabel = "MODE",
      description =
          "Named-entity recognition for a contract's parties when no rule finds them: off, lite"
              + " (the default; about 1 s to load) or full (about 15-30 s).")
  String ner = "lite";

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
    json.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    if (!jsonLines) {
      json.enable(SerializationFeature.INDENT_OUTPUT);
    }
    DocumentReader reader = new DocumentReader(DocumentLimits.defaults());
    InvoiceExtractor invoices =
        new InvoiceExtractor(
            DocumentLimits.defaults(),
            templates == null ? List.of() : InvoiceTemplates.load(templates));
    ContractExtractor contracts = new ContractExtractor(NerMode.parse(ner));
    int failed = 0;
    for (Path file : files) {
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("file", file.toString());
      try {
        result.put(
            kind.name(),
            kind == Kind.invoice ? invoices.extract(file) : contracts.extract(reader.read(file)));
      } catch (BusinessException e) {
        failed++;
        result.put("error", Map.of("code", e.code(), "message", e.getMessage()));
      }
      out.println(json.writeValueAsString(result));
    }
    out.flush();
    return failed == 0 ? 0 : Ferry.FAILED;
  }
}
