package dev.ferry.document.contract;

import dev.ferry.document.invoice.internal.LabelScanner;
import dev.ferry.document.layout.TextLine;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the parties that sign a contract from its signature blocks: after "IN WITNESS WHEREOF", the
 * name of a company stands right above the line its signatory signs on ("By:", "Name:" or "/s/").
 * Blocks side by side on one line are told apart by the gap between them.
 */
final class SignatureBlocks {
  /** How far past "IN WITNESS" signature blocks are looked for. */
  private static final int LINES_AFTER_WITNESS = 120;

  private static final Pattern WITNESS = Pattern.compile("(?i)\\bin\\s+witness\\b");

  /** The line a signatory signs on. */
  private static final Pattern SIGNATURE_LINE =
      Pattern.compile(
          "(?i)^\\s*(?:by\\s*:|by\\s+/s/|by\\s*_|/s/|name\\s*:|signature\\s*:|signed\\s*:)");

  /** A company's legal form, as a word of its name: only companies are read from a block. */
  private static final Pattern LEGAL_FORM =
      Pattern.compile(
          "(?i).*\\b(?:inc|incorporated|corp|corporation|company|co|llc|l\\.l\\.c|ltd|limited|lp|"
              + "l\\.p|llp|plc|pty|gmbh|ag|s\\.?a|s\\.?a\\.?s|sarl|s\\.?p\\.?a|b\\.?v|n\\.?v|bank|"
              + "trust)\\b\\.?.*");

  /** Words that two spellings of one name may or may not have: "Sales & Service". */
  private static final Pattern JOINING_WORD = Pattern.compile("and|the|of");

  private SignatureBlocks() {}

  /** The companies named above a signature line after "IN WITNESS", each once, in order. */
  static List<String> signatories(List<TextLine> lines) {
    Set<String> names = new LinkedHashSet<>();
    int until = -1;
    for (int i = 0; i + 1 < lines.size(); i++) {
      if (WITNESS.matcher(lines.get(i).text()).find()) {
        until = i + LINES_AFTER_WITNESS;
      }
      if (i > until || !SIGNATURE_LINE.matcher(lines.get(i + 1).text()).find()) {
        continue;
      }
      // blocks side by side are cut apart where the invoice rules cut a line into cells
      for (TextLine block : lines.get(i).segments(LabelScanner.GAP)) {
        String name = ContractExtractor.partyName(block.text());
        if (name != null && LEGAL_FORM.matcher(name).matches()) {
          names.add(name);
        }
      }
    }
    return new ArrayList<>(names);
  }

  /**
   * The parties read from the preamble, with the signatories it missed added. A signatory whose
   * words are all in a party's name or alias is that party.
   */
  static List<Contract.Party> merge(List<Contract.Party> preamble, List<String> signatories) {
    List<Contract.Party> out = new ArrayList<>(preamble);
    Set<Set<String>> known = new HashSet<>();
    for (String signatory : signatories) {
      Set<String> signed = words(signatory);
      boolean inPreamble =
          preamble.stream()
              .anyMatch(
                  p -> words(p.name()).containsAll(signed) || words(p.alias()).containsAll(signed));
      if (!signed.isEmpty() && !inPreamble && known.add(signed)) {
        out.add(new Contract.Party(signatory, null));
      }
    }
    return out;
  }

  /** A name's words, lower case, without punctuation and legal forms. */
  private static Set<String> words(String name) {
    Set<String> out = new LinkedHashSet<>();
    if (name == null) {
      return out;
    }
    for (String w :
        name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s]", "").split("\\s+")) {
      if (!w.isEmpty() && !LEGAL_FORM.matcher(w).matches() && !JOINING_WORD.matcher(w).matches()) {
        out.add(w);
      }
    }
    return out;
  }
}
