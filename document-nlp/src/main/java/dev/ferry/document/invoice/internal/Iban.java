package dev.ferry.document.invoice.internal;

import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds IBANs and checks their ISO 13616 check digits, so that random codes are not taken. */
public final class Iban {
  private static final Pattern CANDIDATE =
      Pattern.compile("\\b([A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\\b");

  private Iban() {}

  /** The first valid IBAN in the text, without spaces. */
  public static Optional<String> find(String text) {
    Matcher m = CANDIDATE.matcher(text);
    while (m.find()) {
      String iban = m.group(1).replace(" ", "");
      // A longer match may swallow the next word; try shorter lengths too.
      for (int len = Math.min(34, iban.length()); len >= 15; len--) {
        if (isValid(iban.substring(0, len))) {
          return Optional.of(iban.substring(0, len));
        }
      }
    }
    return Optional.empty();
  }

  public static boolean isValid(String iban) {
    if (iban.length() < 15 || iban.length() > 34 || !iban.matches("[A-Z]{2}\\d{2}[A-Z0-9]+")) {
      return false;
    }
    String rearranged = iban.substring(4) + iban.substring(0, 4);
    StringBuilder digits = new StringBuilder();
    for (char c : rearranged.toCharArray()) {
      digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
  }
}
