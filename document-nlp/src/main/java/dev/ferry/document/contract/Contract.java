package dev.ferry.document.contract;

import dev.ferry.document.invoice.Provenance;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The key terms of a contract. A field that was not found is null; each found field has an entry in
 * {@link #provenance()} under its component name, whose evidence is the sentence it came from (for
 * the yes/no clauses, the clause text itself).
 *
 * @param parties the parties with their defined names, in order of appearance
 * @param agreementDate the date the agreement was made
 * @param effectiveDate the date it takes effect
 * @param expirationDate the date it ends, when one is written
 * @param governingLaw the jurisdiction whose law governs it, such as {@code New York}
 * @param noticePeriod the notice needed to terminate or not renew, such as {@code 90 days}
 * @param renewalTerm the renewal period, such as {@code one (1) year}
 * @param terminationForConvenience whether a party may terminate without cause
 * @param assignmentClause whether assignment is restricted
 * @param changeOfControl whether a change of control has consequences
 * @param provenance where each found field came from
 */
public record Contract(
    List<Party> parties,
    LocalDate agreementDate,
    LocalDate effectiveDate,
    LocalDate expirationDate,
    String governingLaw,
    String noticePeriod,
    String renewalTerm,
    Boolean terminationForConvenience,
    Boolean assignmentClause,
    Boolean changeOfControl,
    Map<String, Provenance> provenance) {
  public Contract {
    parties = List.copyOf(parties);
    provenance = Map.copyOf(provenance);
  }

  /**
   * A party.
   *
   * @param name its legal name
   * @param alias the name the contract uses for it, such as {@code Supplier}; null when none
   */
  public record Party(String name, String alias) {}
}
