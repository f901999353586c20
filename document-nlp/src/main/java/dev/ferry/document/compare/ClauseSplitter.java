package dev.ferry.document.compare;

import dev.ferry.document.layout.DocumentText;
import dev.ferry.document.layout.PageText;
import dev.ferry.document.layout.TextLine;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a document into clauses: a clause starts at a numbered line ("7.", "7.2", "§ 7", "Article
 * 7", "Artikel 7", "Section 7", "(a)"), or, in a document without numbering, at a paragraph break
 * (a vertical gap wider than one and a half lines).
 */
public final class ClauseSplitter {
  private static final Pattern NUMBERED =
      Pattern.compile(
          "^((?:\\d{1,2}(?:\\.\\d{1,2}){0,3}\\.?)|§\\s?\\d+[a-z]?|(?i:article|artikel|section|clause)"
              + "\\s+\\d+(?:\\.\\d+)*|\\([a-z]\\))(?=\\s|$)");

  private ClauseSplitter() {}

  public static List<Clause> split(DocumentText document) {
    boolean numbered =
        document.lines().stream().filter(l -> NUMBERED.matcher(l.text()).find()).count() >= 3;
    List<Clause> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    String heading = null;
    int page = 1;
    TextLine previous = null;
    for (PageText p : document.pages()) {
      for (TextLine line : p.lines()) {
        Matcher m = NUMBERED.matcher(line.text());
        boolean isNumbered = numbered && m.find();
        boolean starts =
            numbered
                ? isNumbered
                : previous != null
                    && previous.page() == line.page()
                    && line.top() - previous.bottom() > 1.5f * (line.bottom() - line.top());
        if (starts && !text.isEmpty()) {
          out.add(new Clause(heading, text.toString().trim(), page));
          text.setLength(0);
        }
        if (text.isEmpty()) {
          page = line.page();
          heading = isNumbered ? m.group(1) : firstWords(line);
        }
        text.append(line.text()).append(' ');
        previous = line;
      }
    }
    if (!text.isEmpty()) {
      out.add(new Clause(heading, text.toString().trim(), page));
    }
    return out;
  }

  private static String firstWords(TextLine line) {
    String t = line.text();
    return t.length() > 40 ? t.substring(0, 40) : t;
  }
}
