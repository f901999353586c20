package dev.ferry.document.classify;

import dev.ferry.document.layout.DocumentText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells invoices, contracts and other documents apart by the words they use, in English, German,
 * French and Dutch. Each kind has a vocabulary; the document's score for a kind is how many
 * different terms of that vocabulary it uses, and a document that uses few of either is OTHER.
 *
 * <p>Thread-safe and stateless.
 */
public final class DocumentClassifier {
  private static final List<Pattern> INVOICE =
      terms(
          "invoice",
          "rechnung",
          "facture",
          "factuur",
          "vat",
          "mwst",
          "ust",
          "tva",
          "btw",
          "subtotal",
          "total due",
          "amount due",
          "gesamtbetrag",
          "nettobetrag",
          "total ht",
          "total ttc",
          "totaal",
          "iban",
          "bic",
          "qty",
          "quantity",
          "menge",
          "quantité",
          "aantal",
          "unit price",
          "einzelpreis",
          "prix unitaire",
          "due date",
          "fällig",
          "échéance",
          "vervaldatum",
          "invoice date",
          "rechnungsdatum",
          "bill to",
          "zahlbar",
          "payment terms");
  private static final List<Pattern> CONTRACT =
      terms(
          "agreement",
          "hereby",
          "whereas",
          "parties",
          "party",
          "shall",
          "governing law",
          "terminate",
          "termination",
          "term of",
          "effective date",
          "in witness whereof",
          "indemnif",
          "confidential",
          "warrant",
          "liability",
          "assign",
          "vertrag",
          "vereinbarung",
          "kündigung",
          "gerichtsstand",
          "contrat",
          "résiliation",
          "overeenkomst",
          "partijen",
          "opzegging",
          "notice",
          "herein",
          "obligations",
          "breach");

  /** The result: the kind, a confidence from 0 to 1, and the score of each kind. */
  public record Classification(
      DocumentType type, BigDecimal confidence, int invoiceScore, int contractScore) {}

  public Classification classify(DocumentText document) {
    String text = document.text().toLowerCase(Locale.ROOT);
    int invoice = score(text, INVOICE);
    int contract = score(text, CONTRACT);
    int best = Math.max(invoice, contract);
    if (best < 4) {
      return new Classification(
          DocumentType.OTHER, confidence(0.6 + 0.1 * (4 - best)), invoice, contract);
    }
    DocumentType type = invoice >= contract ? DocumentType.INVOICE : DocumentType.CONTRACT;
    double margin = (double) Math.abs(invoice - contract) / best;
    return new Classification(type, confidence(0.5 + 0.5 * margin), invoice, contract);
  }

  private static int score(String text, List<Pattern> vocabulary) {
    int n = 0;
    for (Pattern p : vocabulary) {
      Matcher m = p.matcher(text);
      if (m.find()) {
        n++;
      }
    }
    return n;
  }

  private static List<Pattern> terms(String... words) {
    return java.util.Arrays.stream(words)
        .map(w -> Pattern.compile("(?<![\\p{L}])" + Pattern.quote(w)))
        .toList();
  }

  private static BigDecimal confidence(double c) {
    return BigDecimal.valueOf(Math.min(1, c)).setScale(2, RoundingMode.HALF_UP);
  }
}
