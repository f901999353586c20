package dev.ferry.document.contract;

import dev.ferry.document.invoice.ExtractionMethod;
import dev.ferry.document.invoice.Provenance;
import dev.ferry.document.invoice.internal.DateParser;
import dev.ferry.document.layout.DocumentText;
import dev.ferry.document.ner.EntityRecognizer;
import dev.ferry.document.ner.NerMode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the key terms of an English-language contract with sentence rules: parties from the
 * preamble's defined names ({@code Acme Inc. ("Supplier")}) and the signature blocks, dates from
 * the preamble and "effective as of", the governing law from "governed by the laws of", and clauses
 * by their usual wording. When no rule finds a party, named-entity recognition takes the
 * organisations named at the start of the contract.
 *
 * <p>Thread-safe and stateless.
 */
public final class ContractExtractor {
  private static final int PREAMBLE = 3000;

  /** How much of the contract's start named-entity recognition reads for parties. */
  private static final int OPENING = 1500;

  private static final Pattern ALIAS =
      Pattern.compile(
          "\\(\\s*(?:(?:each|collectively|individually|hereinafter|herein|referred\\s+to|called|as|the)"
              + "\\s+)*[\"“”]([^\"“”]{1,40})[\"“”]\\s*\\)");

  /** A party given by its role at the start of a line: "Party A: Acme Co., Ltd.". */
  private static final Pattern PARTY_LABEL =
      Pattern.compile(
          "(?m)^\\s*(Party\\s+[A-Z]|First Party|Second Party)\\s*[:：]\\s*(\\S[^\\n]{1,150})");

  /** Where a labelled party's name ends: its address, contact or registration details. */
  private static final Pattern LABEL_TAIL =
      Pattern.compile(
          "(?i)\\s*(?:address|registered|domicile|attention|tel|telephone|fax|e-?mail|legal"
              + " representative)\\b.*$");

  private static final Pattern PARTY_BEFORE =
      Pattern.compile(
          "([A-Z0-9][\\w.,&'’/() -]{1,120}?)\\s*,?\\s*(?:an?\\s+[\\w -]{2,60}?(?:corporation|company|partnership|limited liability company|entity)[\\w ,]*?)?\\s*$");
  private static final Pattern GOVERNING_LAW =
      Pattern.compile(
          "(?i:govern(?:ed|s)?|constru(?:ed|e)|interpreted|enforced)\\s+(?i:[^.;]{0,100}?)(?i:laws?)\\s+"
              + "(?i:of)\\s+(?:(?i:the)\\s+)?(?:(?i:state|commonwealth|province)\\s+(?i:of)\\s+)?"
              + "([A-Z][\\p{L}'’.]*(?:\\s+(?:of\\s+)?[A-Z][\\p{L}'’.]*){0,4})"
              + "|(?i:governed\\s+by)\\s+(?:(?i:the)\\s+)?([A-Z][\\p{L}]+(?:\\s+[A-Z][\\p{L}]+)?)\\s+(?i:law)");
  private static final Pattern NOT_A_NAME =
      Pattern.compile(
          "(?i).*\\b(agreement|dated|whereas|exhibit|hereto|hereof|address|located|residing|board|"
              + "notary|district|amended|act of|parties)\\b.*");

  /** Defined terms that name the contract, its dates or its subject, never a party. */
  private static final Pattern NOT_A_PARTY_ALIAS =
      Pattern.compile(
          "(?i)(?:the\\s+)?(?:[\\w-]+\\s+)*(?:agreement|contract|amendment|effective date|date|term|"
              + "commission|sec|act|code|merger|closing|territory|products?|services?|"
              + "plan|shares|stock|property|premises|software|marks|trademarks|urls?|"
              + "confidential information|exhibit|schedule)");

  /** A name's street address: ", 2450 White Road". */
  private static final Pattern ADDRESS = Pattern.compile(",\\s*\\d.*$", Pattern.DOTALL);

  /** The end of an address read as a name: "Irvine, California 92614". */
  private static final Pattern POSTCODE_AT_END = Pattern.compile("\\b\\d{4,}$");

  /** A date's month and year, read as a name: "May, 2008", "SEPTEMBER, 200_". */
  private static final Pattern DATE_FRAGMENT =
      Pattern.compile(
          "(?i)^(?:january|february|march|april|may|june|july|august|september|october|november|"
              + "december)\\b[\\s,]*\\d");

  /** A legal form or a place alone, left over from "a Texas corporation". */
  private static final Pattern PLACE_OR_FORM =
      Pattern.compile(
          "(?i)(?:inc|corp|corporation|company|co|llc|ltd|limited|lp|plc|gmbh|ag|sa|bv|nv)\\.?"
              + "|(?:alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|"
              + "georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|"
              + "massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|"
              + "new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|"
              + "oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|"
              + "texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming|"
              + "england|ontario|quebec|british columbia|cayman islands|bermuda|netherlands)");

  private static final Pattern NAME_TAIL =
      Pattern.compile(
          "(?is),?\\s+(?:an?\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:corporation|company|partnership|entity|organi[sz]ed|individual)"
              + "|located|having|with (?:its|offices|an? (?:place|principal|registered|office))|whose"
              + "|organi[sz]ed|incorporated|residing|c/o)\\b.*$");
  private static final Pattern EFFECTIVE =
      Pattern.compile(
          "(?i)effective\\s+(?:as\\s+of|on|from|date[^.]{0,40}?(?:is|shall be|means))\\s+");
  private static final Pattern NOTICE =
      Pattern.compile(
          "(?i)(?:at\\s+least\\s+)?((?:[a-z]+\\s+)?\\(?\\d{1,3}\\)?\\s+(?:calendar\\s+|business\\s+)?(?:days|months))['’]?\\s+(?:prior\\s+|advance\\s+)?(?:written\\s+)?notice");
  private static final Pattern RENEWAL =
      Pattern.compile(
          "(?i)(?:renew(?:ed|s)?|extended)\\s+(?:automatically\\s+)?for\\s+(?:an?\\s+)?(?:additional\\s+|successive\\s+|further\\s+)*((?:[a-z]+\\s+)?\\(?\\d{0,3}\\)?\\s*(?:year|month)s?)");
  private static final Pattern CONVENIENCE =
      Pattern.compile(
          "(?i)terminat\\w*[^.]{0,120}?(?:for\\s+convenience|without\\s+cause|for\\s+any\\s+reason|at\\s+any\\s+time\\s+(?:upon|by|with|on)[^.]{0,40}notice)");
  private static final Pattern ASSIGNMENT =
      Pattern.compile(
          "(?i)(?:may|shall)\\s+not[^.]{0,60}?assign|not\\s+be\\s+assign(?:ed|able)|assign[^.]{0,80}?without[^.]{0,40}?consent");
  private static final Pattern CHANGE_OF_CONTROL =
      Pattern.compile("(?i)change\\s+(?:of|in)\\s+control");
  private static final Pattern EXPIRES =
      Pattern.compile("(?i)(?:expire|terminate)s?\\s+(?:on|at)\\s+");

  private final NerMode ner;

  /** Named-entity recognition in its light mode, loaded only when no rule finds a party. */
  public ContractExtractor() {
    this(NerMode.LITE);
  }

  public ContractExtractor(NerMode ner) {
    this.ner = Objects.requireNonNull(ner, "ner");
  }

  public Contract extract(DocumentText document) {
    String lines = document.text().replace('\f', '\n');
    String text = lines.replace('\n', ' ');
    Sentences sentences = Sentences.of(text);
    Map<String, Provenance> provenance = new HashMap<>();
    List<Contract.Party> parties =
        SignatureBlocks.merge(
            parties(lines.substring(0, Math.min(PREAMBLE, lines.length()))),
            SignatureBlocks.signatories(document.lines()));
    ExtractionMethod partiesFoundBy = ExtractionMethod.RULE;
    if (parties.isEmpty() && ner != NerMode.OFF) {
      parties = organisations(text.substring(0, Math.min(OPENING, text.length())));
      partiesFoundBy = ExtractionMethod.NER;
    }
    if (!parties.isEmpty()) {
      provenance.put(
          "parties",
          source(
              String.join("; ", parties.stream().map(Contract.Party::name).toList()),
              partiesFoundBy,
              partiesFoundBy == ExtractionMethod.NER ? 0.5 : 0.7,
              sentences.at(0)));
    }
    LocalDate agreement = null;
    List<DateParser.Found> early =
        DateParser.findAll(text.substring(0, Math.min(PREAMBLE, text.length())), true);
    if (!early.isEmpty()) {
      agreement = early.get(0).date();
      provenance.put(
          "agreementDate", source(agreement.toString(), 0.7, sentences.at(early.get(0).start())));
    }
    LocalDate effective =
        dateAfter(text, sentences, EFFECTIVE, "effectiveDate", provenance).orElse(null);
    if (effective == null && agreement != null) {
      effective = agreement;
      provenance.put(
          "effectiveDate",
          new Provenance(
              agreement.toString(),
              null,
              null,
              ExtractionMethod.COMPUTED,
              new BigDecimal("0.50"),
              "no separate effective date; the agreement date"));
    }
    LocalDate expiration =
        dateAfter(text, sentences, EXPIRES, "expirationDate", provenance).orElse(null);
    String law = governingLaw(text, sentences, provenance);
    String notice = group(text, sentences, NOTICE, "noticePeriod", provenance, 0.6);
    String renewal = group(text, sentences, RENEWAL, "renewalTerm", provenance, 0.6);
    return new Contract(
        parties,
        agreement,
        effective,
        expiration,
        law == null ? null : law.replaceAll("[.,]$", "").trim(),
        notice,
        renewal,
        clause(text, sentences, CONVENIENCE, "terminationForConvenience", provenance),
        clause(text, sentences, ASSIGNMENT, "assignmentClause", provenance),
        clause(text, sentences, CHANGE_OF_CONTROL, "changeOfControl", provenance),
        provenance);
  }

  /** The organisations named in a text, each once, as parties without an alias. */
  private List<Contract.Party> organisations(String opening) {
    return EntityRecognizer.shared(ner).entities(opening, "ORGANIZATION").stream()
        .map(EntityRecognizer.Entity::text)
        .filter(name -> partyName(name) != null)
        .distinct()
        .map(name -> new Contract.Party(name, null))
        .toList();
  }

  static List<Contract.Party> parties(String preamble) {
    List<Contract.Party> out = new ArrayList<>();
    Matcher m = ALIAS.matcher(preamble);
    int from = 0;
    while (m.find()) {
      String alias = m.group(1).trim();
      String segment = preamble.substring(from, m.start());
      from = m.end();
      if (NOT_A_PARTY_ALIAS.matcher(alias).matches()) {
        continue;
      }
      // Drop "a Delaware corporation with offices at ..." first, or its "with" would cut the name;
      // when that leaves nothing (an earlier party's "having its place of business at ... and"),
      // take the last part first and drop its tail.
      String name = nameBefore(segment);
      if (name != null && !name.equalsIgnoreCase(alias)) {
        out.add(new Contract.Party(name, alias));
      }
    }
    Matcher labelled = PARTY_LABEL.matcher(preamble);
    Set<String> roles = new HashSet<>();
    while (labelled.find()) {
      String role = labelled.group(1).replaceAll("\\s+", " ");
      String name = partyName(LABEL_TAIL.matcher(labelled.group(2)).replaceAll(""));
      if (name != null && roles.add(role)) {
        out.add(new Contract.Party(name, role));
      }
    }
    return out;
  }

  /**
   * The party name at the end of the text before its alias, within its last line; failing that,
   * within its last two or three lines joined, for a name broken over lines.
   */
  private static String nameBefore(String segment) {
    String[] lines = segment.split("\n", -1);
    for (int count = 1; count <= Math.min(3, lines.length); count++) {
      String tail =
          count == 1
              ? segment
              : String.join(" ", Arrays.asList(lines).subList(lines.length - count, lines.length));
      // Drop "a Delaware corporation with offices at ..." first, or its "with" would cut the
      // name; when that leaves nothing (an earlier party's "having its place of business at ...
      // and"), take the last part first and drop its tail.
      String name = partyName(lastPart(NAME_TAIL.matcher(tail).replaceAll("")));
      if (name == null) {
        name = partyName(NAME_TAIL.matcher(lastPart(tail)).replaceAll(""));
      }
      if (name != null) {
        return name;
      }
    }
    return null;
  }

  /** The text after the last "between", "and", "by", "with", ";", ")" or line break. */
  private static String lastPart(String text) {
    String[] cut = text.split("(?i)\\b(?:between|by and between|and|among|by|with)\\b|;|\\)|\n");
    return cut.length == 0 ? "" : cut[cut.length - 1];
  }

  /** The party name at the end of the text, or null when what is there does not look like one. */
  static String partyName(String text) {
    // a street address after the name: "Acme, Inc., 2450 White Road, Irvine"
    Matcher p = PARTY_BEFORE.matcher(ADDRESS.matcher(text.trim()).replaceAll(""));
    if (!p.find()) {
      return null;
    }
    String name = p.group(1).trim().replaceAll("^[,\\s]+|[,\\s]+$", "");
    int words = name.split("\\s+").length;
    boolean plausible =
        name.length() >= 2
            && Character.isUpperCase(name.charAt(0))
            && words <= 8
            // a full name has two words or more, or is an acronym: "Bank" or "May" is not one
            && (words > 1 || name.equals(name.toUpperCase(Locale.ROOT)))
            && !POSTCODE_AT_END.matcher(name).find()
            && !NOT_A_NAME.matcher(name).matches()
            && !DATE_FRAGMENT.matcher(name).find()
            && !PLACE_OR_FORM.matcher(name).matches()
            && DateParser.findAll(name, true).isEmpty();
    return plausible ? name : null;
  }

  private static String governingLaw(
      String text, Sentences sentences, Map<String, Provenance> provenance) {
    Matcher m = GOVERNING_LAW.matcher(text);
    while (m.find()) {
      String value = m.group(1) != null ? m.group(1) : m.group(2);
      value = value.replaceAll("[.,’']+$", "").trim();
      if (!value.isEmpty() && !value.matches("(?i)this|such|any|that|each|all")) {
        provenance.put("governingLaw", source(value, 0.85, sentences.at(m.start())));
        return value;
      }
    }
    return null;
  }

  private static Optional<LocalDate> dateAfter(
      String text,
      Sentences sentences,
      Pattern p,
      String field,
      Map<String, Provenance> provenance) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      String after = text.substring(m.end(), Math.min(text.length(), m.end() + 40));
      List<DateParser.Found> dates = DateParser.findAll(after, true);
      if (!dates.isEmpty() && dates.get(0).start() < 3) {
        provenance.put(field, source(dates.get(0).date().toString(), 0.8, sentences.at(m.start())));
        return Optional.of(dates.get(0).date());
      }
    }
    return Optional.empty();
  }

  private static String group(
      String text,
      Sentences sentences,
      Pattern p,
      String field,
      Map<String, Provenance> provenance,
      double confidence) {
    Matcher m = p.matcher(text);
    if (!m.find()) {
      return null;
    }
    String value = m.group(1).trim();
    provenance.put(field, source(value, confidence, sentences.at(m.start())));
    return value;
  }

  private static Boolean clause(
      String text,
      Sentences sentences,
      Pattern p,
      String field,
      Map<String, Provenance> provenance) {
    Matcher m = p.matcher(text);
    if (!m.find()) {
      return false;
    }
    provenance.put(field, source("true", 0.7, sentences.at(m.start())));
    return true;
  }

  private static Provenance source(String value, double confidence, String evidence) {
    return source(value, ExtractionMethod.RULE, confidence, evidence);
  }

  private static Provenance source(
      String value, ExtractionMethod method, double confidence, String evidence) {
    return new Provenance(
        value, null, null, method, BigDecimal.valueOf(confidence).setScale(2), evidence);
  }
}
