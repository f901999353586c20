package dev.ferry.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ferry demo --quick} as a newcomer runs it: every invoice is accounted for. */
@Tag("slow")
class DemoCommandIT {
  @TempDir Path data;

  @Test
  void theQuickDemoAccountsForEveryInvoiceExportsTheAuditAndFindsItIntact() throws Exception {
    Assumptions.assumeTrue(
        Files.isExecutable(Path.of("/usr/bin/chromium")),
        "needs Debian's chromium at /usr/bin/chromium");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int code =
        Ferry.execute(
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            "demo",
            "--quick",
            "--data-dir",
            data.toString(),
            "--examples",
            examples().toString());

    String output = out + err.toString();
    assertThat(code).as(output).isZero();
    assertThat(output)
        .contains("Succeeded: 2   business failures (answered by mail): 1   duplicates dropped: 1")
        .contains("TOTAL_MISSING")
        .contains("1 replies sent to the supplier")
        .contains("ferry audit verify: intact");
    Path exports = data.resolve("exports");
    assertThat(exports.resolve("audit.jsonl")).isNotEmptyFile();
    assertThat(Files.readString(exports.resolve("audit.xes"))).contains("<log");
    try (Stream<Path> files = Files.list(exports)) {
      Path report =
          files
              .filter(f -> f.getFileName().toString().startsWith("evidence-"))
              .findFirst()
              .orElseThrow();
      try (PDDocument pdf = Loader.loadPDF(report.toFile())) {
        assertThat(new PDFTextStripper().getText(pdf))
            .contains("Invoice INV-2026-0101 for vendor V100 posted");
      }
    }
  }

  private static Path examples() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("process-definitions/examples");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new AssertionError(
        "no process-definitions/examples above " + Path.of("").toAbsolutePath());
  }
}
