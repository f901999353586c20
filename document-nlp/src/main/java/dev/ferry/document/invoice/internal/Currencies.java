package dev.ferry.document.invoice.internal;

import dev.ferry.document.invoice.ExtractionMethod;
import dev.ferry.document.layout.DocumentText;
import dev.ferry.document.layout.TextLine;
import dev.ferry.document.layout.Word;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises currencies by ISO 4217 code or by symbol. */
public final class Currencies {
  private static final Set<String> CODES =
      Set.of(
          "EUR", "USD", "GBP", "CHF", "INR", "PLN", "SEK", "NOK", "DKK", "CZK", "HUF", "JPY", "CAD",
          "AUD", "NZD", "CNY", "RON", "BGN", "TRY", "ZAR", "SGD", "HKD", "BRL", "MXN");
  private static final Map<String, String> SYMBOLS =
      Map.of("€", "EUR", "$", "USD", "£", "GBP", "₹", "INR", "¥", "JPY", "zł", "PLN");
  private static final Pattern RUPEES = Pattern.compile("Rs\\.?");
  private static final Pattern CODE = Pattern.compile("\\b([A-Z]{3})\\b");

  private Currencies() {}

  /** Whether the text is only a currency code or symbol, such as "EUR" or "€". */
  public static boolean isCode(String text) {
    String t = text.strip();
    return CODES.contains(t) || SYMBOLS.containsKey(t);
  }

  /** The first ISO code or symbol in the text. */
  public static Optional<String> find(String text) {
    Matcher m = CODE.matcher(text);
    while (m.find()) {
      if (CODES.contains(m.group(1))) {
        return Optional.of(m.group(1));
      }
    }
    for (Map.Entry<String, String> e : SYMBOLS.entrySet()) {
      if (text.contains(e.getKey())) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }

  /**
   * The currency that the document's amounts are written in: the code or symbol seen most often
   * next to a number. Codes count more than symbols, since "$" is shared by many currencies.
   */
  public static Optional<Pick> dominant(DocumentText document) {
    Map<String, Integer> votes = new HashMap<>();
    Map<String, Word> where = new HashMap<>();
    Map<String, String> line = new HashMap<>();
    for (TextLine l : document.lines()) {
      for (Word w : l.words()) {
        String t = w.text();
        String code = null;
        int weight = 0;
        Matcher m = CODE.matcher(t);
        if (m.find() && CODES.contains(m.group(1)) && t.length() <= 5) {
          code = m.group(1);
          weight = 3;
        } else if (RUPEES.matcher(t).matches()) {
          code = "INR";
          weight = 2;
        } else {
          for (Map.Entry<String, String> e : SYMBOLS.entrySet()) {
            if (t.contains(e.getKey())) {
              code = e.getValue();
              weight = 2;
              break;
            }
          }
        }
        if (code != null) {
          votes.merge(code, weight, Integer::sum);
          where.putIfAbsent(code, w);
          line.putIfAbsent(code, l.text());
        }
      }
    }
    return votes.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(
            e ->
                new Pick(
                    e.getKey(),
                    List.of(where.get(e.getKey())),
                    e.getValue() >= 6 ? 0.9 : 0.8,
                    line.get(e.getKey()),
                    ExtractionMethod.RULE,
                    0));
  }
}
