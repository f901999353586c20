package dev.ferry.document.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.document.invoice.ExtractionMethod;
import dev.ferry.document.layout.DocumentLimits;
import dev.ferry.document.layout.DocumentReader;
import dev.ferry.document.layout.DocumentText;
import dev.ferry.document.ner.NerMode;
import dev.ferry.document.testing.TestPdf;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractExtractorTest {
  @TempDir Path dir;

  private DocumentText read(TestPdf pdf) {
    DocumentReader reader = new DocumentReader(DocumentLimits.defaults());
    return reader.read(pdf.save(dir.resolve("contract.pdf")));
  }

  private Contract extract(TestPdf pdf) {
    return new ContractExtractor().extract(read(pdf));
  }

  @Test
  void readsPartiesDatesLawAndClausesOfAServicesAgreement() {
    Contract c =
        extract(
            new TestPdf()
                .bold(50, 50, "MASTER SERVICES AGREEMENT", 14)
                .text(
                    50,
                    80,
                    "This Master Services Agreement is made as of March 3, 2021 by and between")
                .text(
                    50,
                    94,
                    "Northwind Traders Ltd, a company incorporated in England (\"Supplier\"), and")
                .text(50, 108, "Contoso Retail Inc., a Delaware corporation (\"Customer\").")
                .text(
                    50,
                    130,
                    "1. This Agreement is effective as of April 1, 2021 and renews automatically")
                .text(
                    50,
                    144,
                    "for successive one (1) year terms unless either party gives ninety (90) days")
                .text(50, 158, "prior written notice of non-renewal.")
                .text(
                    50,
                    180,
                    "2. Customer may terminate this Agreement for convenience on 30 days notice.")
                .text(
                    50,
                    202,
                    "3. Neither party may assign this Agreement without the prior written consent")
                .text(50, 216, "of the other party, including by way of a change of control.")
                .text(
                    50,
                    238,
                    "4. This Agreement is governed by the laws of the State of New York."));
    assertThat(c.parties())
        .containsExactly(
            new Contract.Party("Northwind Traders Ltd", "Supplier"),
            new Contract.Party("Contoso Retail Inc.", "Customer"));
    assertThat(c.agreementDate()).isEqualTo(LocalDate.of(2021, 3, 3));
    assertThat(c.effectiveDate()).isEqualTo(LocalDate.of(2021, 4, 1));
    assertThat(c.governingLaw()).isEqualTo("New York");
    assertThat(c.noticePeriod()).isEqualTo("ninety (90) days");
    assertThat(c.renewalTerm()).isEqualTo("one (1) year");
    assertThat(c.terminationForConvenience()).isTrue();
    assertThat(c.assignmentClause()).isTrue();
    assertThat(c.changeOfControl()).isTrue();
    assertThat(c.provenance().get("governingLaw").evidence())
        .contains("governed by the laws of the State of New York");
  }

  @Test
  void reportsAbsentClausesAsFalseAndMissingDatesAsNull() {
    Contract c =
        extract(
            new TestPdf()
                .text(50, 50, "LICENSE AGREEMENT")
                .text(50, 70, "Acme GmbH (\"Licensor\") grants Beta B.V. (\"Licensee\") a licence.")
                .text(50, 90, "This Agreement shall be construed under the laws of Germany."));
    assertThat(c.agreementDate()).isNull();
    assertThat(c.governingLaw()).isEqualTo("Germany");
    assertThat(c.terminationForConvenience()).isFalse();
    assertThat(c.changeOfControl()).isFalse();
    assertThat(c.parties())
        .extracting(Contract.Party::alias)
        .containsExactly("Licensor", "Licensee");
  }

  @Test
  void findsEachPartyBeforeItsAliasPastAddressesAndLeavesDefinedTermsOut() {
    assertThat(
            ContractExtractor.parties(
                "This Supply Agreement (the \"Agreement\") is made as of March 3, 2025 (the"
                    + " \"Effective Date\") by and between Fabrikam Corporation (hereinafter"
                    + " \"Fabrikam\"), having its principal place of business at 12 Harbour Road,"
                    + " Leeds, and Contoso Pharma Inc. (hereinafter collectively \"Contoso\"),"
                    + " under the Securities and Exchange Commission (the \"Commission\") rules."))
        .containsExactly(
            new Contract.Party("Fabrikam Corporation", "Fabrikam"),
            new Contract.Party("Contoso Pharma Inc.", "Contoso"));
  }

  @Test
  void joinsANameBrokenOverLinesAndDropsItsStreetAddress() {
    assertThat(
            ContractExtractor.parties(
                "ENDORSEMENT AGREEMENT made as of January 1, 2024, by and between LITWARE,\n"
                    + "INC., 2450 Elm Street, Springfield,\n"
                    + "Illinois 62701 (\"Company\"), and ADVENTURE WORKS LLC (\"Licensor\")."))
        .containsExactly(
            new Contract.Party("LITWARE, INC.", "Company"),
            new Contract.Party("ADVENTURE WORKS LLC", "Licensor"));
  }

  @Test
  void readsPartiesGivenByTheirRoleAtTheStartOfALine() {
    assertThat(
            ContractExtractor.parties(
                "Cooperation Agreement\n"
                    + "Party A: Tailspin Toys (Shenzhen) Co., Ltd. Address: No. 8 Keji Road\n"
                    + "Party B: Wide World Importers Co., Ltd.\n"
                    + "Address: 1 Main Street\n"
                    + "Party A: Tailspin Toys Co., Ltd.\n"))
        .containsExactly(
            new Contract.Party("Tailspin Toys (Shenzhen) Co., Ltd.", "Party A"),
            new Contract.Party("Wide World Importers Co., Ltd.", "Party B"));
  }

  @Test
  void aMonthOrAPlaceOrALegalFormAloneIsNoParty() {
    assertThat(
            ContractExtractor.parties(
                "entered into by and between May, 2008 (\"Signing\"), Texas (\"State\"),"
                    + " Corporation (\"Buyer\") and Bank (\"Lender\")."))
        .isEmpty();
  }

  @Test
  void addsTheCompaniesThatSignWhenThePreambleMissedThem() {
    Contract c =
        extract(
            new TestPdf()
                .text(50, 50, "This Agreement is made on 4 May 2020 by and between")
                .text(50, 64, "Northwind Traders Ltd (\"Supplier\") and the undersigned.")
                .text(50, 90, "IN WITNESS WHEREOF, the parties have signed this Agreement.")
                .text(50, 110, "NORTHWIND TRADERS LTD")
                .text(320, 110, "FABRIKAM HOLDINGS, INC.")
                .text(50, 124, "By: /s/ Ann Smith")
                .text(320, 124, "By: /s/ Bob Jones")
                .text(50, 150, "ADVENTURE WORKS CORPORATION")
                .text(50, 164, "By: its general partner")
                .text(50, 178, "Authorized Signatory")
                .text(50, 204, "Notary Public")
                .text(50, 218, "Name: Carol White"));
    assertThat(c.parties())
        .containsExactly(
            new Contract.Party("Northwind Traders Ltd", "Supplier"),
            new Contract.Party("FABRIKAM HOLDINGS, INC.", null),
            new Contract.Party("ADVENTURE WORKS CORPORATION", null));
  }

  @Test
  void findsPartiesByNamedEntitiesWhenNoRuleDoesAndOnlyWhenAllowed() {
    DocumentText text =
        read(
            new TestPdf()
                .text(50, 50, "This Agreement is entered into on March 3, 2021 between Northwind")
                .text(50, 64, "Traders Ltd of London and Contoso Retail Inc. of Seattle, who agree")
                .text(50, 78, "as follows."));

    Contract c = new ContractExtractor(NerMode.LITE).extract(text);

    assertThat(c.parties())
        .containsExactly(
            new Contract.Party("Northwind Traders Ltd", null),
            new Contract.Party("Contoso Retail Inc.", null));
    assertThat(c.provenance().get("parties").method()).isEqualTo(ExtractionMethod.NER);
    assertThat(new ContractExtractor(NerMode.OFF).extract(text).parties()).isEmpty();
  }
}
