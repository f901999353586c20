package dev.ferry.document.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.document.compare.ClauseChange.Kind;
import dev.ferry.document.layout.DocumentLimits;
import dev.ferry.document.layout.DocumentReader;
import dev.ferry.document.layout.DocumentText;
import dev.ferry.document.testing.TestPdf;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentComparerTest {
  @TempDir Path dir;
  private final DocumentReader reader = new DocumentReader(DocumentLimits.defaults());

  private DocumentText contract(String name, String... clauses) {
    TestPdf pdf = new TestPdf().bold(50, 50, "SERVICES AGREEMENT", 14);
    float y = 90;
    for (String c : clauses) {
      pdf.text(50, y, c);
      y += 30;
    }
    return reader.read(pdf.save(dir.resolve(name)));
  }

  @Test
  void findsTheChangedAddedAndRemovedClausesBetweenTwoVersions() {
    DocumentText v1 =
        contract(
            "v1.pdf",
            "1. The Supplier shall deliver the services described in Annex A.",
            "2. The Customer shall pay each invoice within 30 days of receipt.",
            "3. Either party may terminate this Agreement with 90 days written notice.",
            "4. This Agreement is governed by the laws of England.");
    DocumentText v2 =
        contract(
            "v2.pdf",
            "1. The Supplier shall deliver the services described in Annex A.",
            "2. The Customer shall pay each invoice within 60 days of receipt.",
            "3. Either party may terminate this Agreement with 90 days written notice.",
            "5. The Supplier may not assign this Agreement without prior written consent.");
    DocumentComparer.Comparison c = new DocumentComparer().compare(v1, v2);
    assertThat(c.clauses())
        .extracting(ClauseChange::kind, ClauseChange::heading)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Kind.UNCHANGED, "SERVICES AGREEMENT"),
            org.assertj.core.groups.Tuple.tuple(Kind.UNCHANGED, "1."),
            org.assertj.core.groups.Tuple.tuple(Kind.CHANGED, "2."),
            org.assertj.core.groups.Tuple.tuple(Kind.UNCHANGED, "3."),
            org.assertj.core.groups.Tuple.tuple(Kind.REMOVED, "4."),
            org.assertj.core.groups.Tuple.tuple(Kind.ADDED, "5."));
    ClauseChange pay = c.clauses().get(2);
    assertThat(pay.before()).contains("30 days");
    assertThat(pay.after()).contains("60 days");
    assertThat(pay.similarity().doubleValue()).isBetween(0.7, 0.999);
    assertThat(c.similarity().doubleValue()).isBetween(0.6, 0.95);
  }

  @Test
  void ratesIdenticalDocumentsOneAndUnrelatedOnesNearZero() {
    DocumentText a =
        contract("a.pdf", "1. The tenant pays the rent on the first day of each month.");
    DocumentText b =
        contract("b.pdf", "1. The tenant pays the rent on the first day of each month.");
    DocumentText c = contract("c.pdf", "1. Wir liefern Schrauben aus Edelstahl nach Hamburg.");
    DocumentComparer comparer = new DocumentComparer();
    assertThat(comparer.compare(a, b).similarity()).isEqualByComparingTo("1.000");
    assertThat(comparer.compare(a, c).similarity().doubleValue()).isLessThan(0.4);
  }

  @Test
  void ranksCloserParaphrasesHigher() {
    TextSimilarity s = new TextSimilarity();
    double close = s.similarity("A woman is slicing an onion.", "A woman is cutting an onion.");
    double far = s.similarity("A woman is slicing an onion.", "A man is playing the guitar.");
    assertThat(close).isGreaterThan(far);
    assertThat(s.similarity("", "")).isEqualTo(1.0);
  }
}
