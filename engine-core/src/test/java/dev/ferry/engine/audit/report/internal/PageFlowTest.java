package dev.ferry.engine.audit.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

class PageFlowTest {
  private static final String MIXED = "Müller Zürich Ωμέγα Россия 東京 🚀 \u0007bell";

  @Test
  void theStandardFontsReplaceWhatTheyCannotDrawWithQuestionMarks() {
    ReportFonts fonts = ReportFonts.standard();
    assertThat(fonts.drawable(fonts.regular(), MIXED))
        .isEqualTo("Müller Zürich ????? ?????? ?? ? bell");
    assertThat(fonts.drawable(fonts.mono(), "a\tb")).isEqualTo("a    b");
  }

  @Test
  void dejaVuDrawsGreekAndCyrillicButNotCjkOrEmoji() throws IOException {
    try (PDDocument document = new PDDocument()) {
      ReportFonts fonts = ReportFonts.load(document);
      org.junit.jupiter.api.Assumptions.assumeTrue(
          fonts.embedded(),
          "DejaVu fonts are missing: install the Debian package fonts-dejavu-core");
      assertThat(fonts.drawable(fonts.regular(), MIXED))
          .isEqualTo("Müller Zürich Ωμέγα Россия ?? ? bell");
    }
  }

  @Test
  void wrapsLongTextBoxesAndTablesOntoNewPagesWithoutCrossingTheMargins() throws IOException {
    byte[] pdf;
    try (PDDocument document = new PDDocument()) {
      PageFlow flow = new PageFlow(document, ReportFonts.standard());
      flow.paragraph("x".repeat(5000) + " " + MIXED.repeat(40), flow.fonts().regular(), 10);
      StringBuilder screen = new StringBuilder();
      for (int row = 0; row < 300; row++) {
        screen.append(String.format("%04d", row)).append("=".repeat(150)).append('\n');
      }
      flow.monoBox(screen.toString(), 9, 132);
      List<List<String>> rows = new ArrayList<>();
      for (int i = 0; i < 120; i++) {
        rows.add(
            List.of(
                String.valueOf(i),
                "loop[" + i + "]/a-very-long-step-identifier-without-breaks",
                "ok"));
      }
      new TableBlock(flow, List.of("#", "Step", "Outcome"), new float[] {30, 300, 165}, 8)
          .write(rows);
      flow.close();
      PageStamps.stamp(document, flow.fonts(), "header " + MIXED, "footer " + "f".repeat(400));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      pdf = out.toByteArray();
    }
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isBetween(8, 40);
      List<TextPosition> positions = new ArrayList<>();
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> textPositions) {
              positions.addAll(textPositions);
            }
          };
      stripper.getText(document);
      assertThat(new PDFTextStripper().getText(document))
          .contains("0299", "loop[119]", "page 1 of ");
      float right = PDRectangle.A4.getWidth() - PageFlow.MARGIN + 1;
      for (TextPosition p : positions) {
        assertThat(p.getXDirAdj()).isGreaterThanOrEqualTo(PageFlow.MARGIN - 1);
        assertThat(p.getXDirAdj() + p.getWidthDirAdj())
            .as(p.getUnicode())
            .isLessThanOrEqualTo(right);
      }
    }
  }
}
