package dev.ferry.document.invoice.internal;

import dev.ferry.document.invoice.ExtractionMethod;
import dev.ferry.document.layout.DocumentText;
import dev.ferry.document.layout.PageText;
import dev.ferry.document.layout.TextLine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the issuer: the name under a seller label, else the company name (a legal form such as
 * GmbH, B.V., Ltd or SARL) that is not in the buyer's address block, preferring names at the top of
 * the first page and names repeated in the footer.
 */
public final class VendorFinder {
  private static final Pattern COMPANY =
      Pattern.compile(
          "^(.{2,80}?\\b(?:GmbH(?: & Co\\.? KG)?|GMBH|LTD\\.?|INC\\.?|AG|KG|KGaA|OHG|e\\.\\s?K\\.|UG|B\\.\\s?V\\.|BV|N\\.\\s?V\\.|NV"
              + "|Ltd\\.?|Limited|LLC|L\\.L\\.C\\.|LLP|Inc\\.?|Incorporated|Corp\\.?|Corporation"
              + "|SARL|S\\.A\\.R\\.L\\.|SAS|SASU|S\\.A\\.|SA|EURL|SNC|S\\.r\\.l\\.|SRL|plc|PLC"
              + "|Pvt\\.? Ltd\\.?|Private Limited|VOF|BVBA|spółka akcyjna|Sp\\. z o\\.o\\.))(?=$|[\\s,;)])");
  private static final Pattern TITLE =
      Pattern.compile(
          "(?i)^(invoice|tax invoice|rechnung|facture|factuur|gutschrift|credit note|quittung|receipt)\\b.*");

  private VendorFinder() {}

  public static Optional<Pick> find(DocumentText document) {
    Optional<Pick> labelled = underSellerLabel(document);
    if (labelled.isPresent()) {
      return labelled;
    }
    return byLegalForm(document).or(() -> topLine(document));
  }

  private static Optional<Pick> underSellerLabel(DocumentText document) {
    for (PageText page : document.pages()) {
      List<TextLine> lines = page.lines();
      for (int i = 0; i < lines.size(); i++) {
        for (TextLine cell : lines.get(i).segments(LabelScanner.GAP)) {
          String text = cell.text();
          int colon = text.indexOf(':');
          String label = colon > 0 ? text.substring(0, colon) : text;
          if (Labels.SELLER.strength(Labels.compact(label)) == 0) {
            continue;
          }
          String rest = colon > 0 ? clean(text.substring(colon + 1)) : "";
          if (rest.chars().filter(Character::isLetter).count() >= 2) {
            return Optional.of(pick(cell, rest, 0.85));
          }
          Optional<Pick> below = below(lines, i, cell);
          if (below.isPresent()) {
            return below;
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Pick> below(List<TextLine> lines, int labelLine, TextLine label) {
    for (int j = labelLine + 1; j < Math.min(lines.size(), labelLine + 6); j++) {
      for (TextLine cell : lines.get(j).segments(LabelScanner.GAP)) {
        if (cell.right() < label.left() || cell.left() > label.right() + 20) {
          continue;
        }
        List<TextLine> cells = lines.get(j).segments(LabelScanner.GAP);
        String name = Labels.compact(cell.text());
        int index = cells.indexOf(cell);
        if ((name.equals("name") || name.equals("nom") || name.equals("naam"))
            && index + 1 < cells.size()) {
          return Optional.of(pick(cells.get(index + 1), 0.85));
        }
        Matcher m = COMPANY.matcher(cell.text());
        if (m.find()) {
          return Optional.of(pick(cell, clean(m.group(1)), 0.85));
        }
      }
    }
    return Optional.empty();
  }

  private static String clean(String name) {
    return name.trim().replaceAll("[,;]+$", "").trim();
  }

  private static Optional<Pick> byLegalForm(DocumentText document) {
    Map<String, Integer> count = new HashMap<>();
    List<Pick> found = new ArrayList<>();
    for (PageText page : document.pages()) {
      List<TextLine> lines = page.lines();
      int buyerUntil = -1;
      for (int i = 0; i < lines.size(); i++) {
        List<TextLine> cells = lines.get(i).segments(LabelScanner.GAP);
        if (Labels.BUYER.strength(Labels.compact(cells.get(0).text())) > 0) {
          buyerUntil = i + 5;
        }
        for (int c = 0; c < cells.size(); c++) {
          String text = cells.get(c).text();
          int colon = text.indexOf(':');
          if (colon > 0 && colon < 25) {
            if (Labels.BUYER.strength(Labels.compact(text.substring(0, colon))) > 0) {
              continue;
            }
            text = text.substring(colon + 1).trim();
          }
          Matcher m = COMPANY.matcher(text);
          if (!m.find()) {
            continue;
          }
          String name = clean(m.group(1));
          count.merge(name.toLowerCase(), 1, Integer::sum);
          boolean inBuyerBlock = i <= buyerUntil && c == 0;
          double score = inBuyerBlock ? 0.4 : 0.7;
          if (page.number() == 1 && cells.get(c).top() < page.height() / 4) {
            score += 0.1;
          }
          found.add(pick(cells.get(c), name, score));
        }
      }
    }
    return found.stream()
        .map(
            p ->
                count.get(p.value().toString().toLowerCase()) > 1
                    ? p.withConfidence(p.confidence() + 0.1)
                    : p)
        .max((a, b) -> Double.compare(a.confidence(), b.confidence()));
  }

  private static Optional<Pick> topLine(DocumentText document) {
    for (TextLine line : document.pages().get(0).lines()) {
      String text = line.segments(LabelScanner.GAP).get(0).text();
      boolean plain = text.chars().filter(Character::isLetter).count() >= 3;
      if (plain && !TITLE.matcher(text).matches() && DateParser.findAll(text, false).isEmpty()) {
        return Optional.of(pick(line.segments(LabelScanner.GAP).get(0), 0.45));
      }
    }
    return Optional.empty();
  }

  private static Pick pick(TextLine cell, double confidence) {
    return pick(cell, cell.text(), confidence);
  }

  private static Pick pick(TextLine cell, String name, double confidence) {
    return new Pick(name.trim(), cell.words(), confidence, cell.text(), ExtractionMethod.RULE, 0);
  }
}
