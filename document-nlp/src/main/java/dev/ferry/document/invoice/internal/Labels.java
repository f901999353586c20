package dev.ferry.document.invoice.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words that introduce each invoice field in English, German, French and Dutch, in a compact
 * form (lower case, letters, digits, '#' and '°' only), so that "Invoice No.:" and "INVOICE NO"
 * match the same entry. More specific labels are listed in {@link #strong}; general ones, which
 * also appear elsewhere on a page, in {@link #weak}.
 */
public enum Labels {
  NUMBER(
      Set.of(
          "invoicenumber",
          "invoiceno",
          "invoicenr",
          "invoice#",
          "invoiceid",
          "invno",
          "invoicenum",
          "billno",
          "billnumber",
          "documentno",
          "rechnungsnummer",
          "rechnungsnr",
          "rechnungnr",
          "renr",
          "belegnummer",
          "belegnr",
          "numérodefacture",
          "numerodefacture",
          "n°defacture",
          "nodefacture",
          "facturen°",
          "factureno",
          "facturenuméro",
          "facturenumero",
          "factuurnummer",
          "factuurnr",
          "factuurno",
          "invoicenumberno"),
      Set.of("invoice", "rechnung", "facture", "factuur", "#")),
  DATE(
      Set.of(
          "invoicedate",
          "dateofinvoice",
          "issuedate",
          "dateofissue",
          "billingdate",
          "invoicedated",
          "rechnungsdatum",
          "belegdatum",
          "ausstellungsdatum",
          "datedefacture",
          "datedefacturation",
          "datedémission",
          "dateemission",
          "factuurdatum"),
      Set.of("date", "datum", "dated", "le")),
  DUE_DATE(
      Set.of(
          "duedate",
          "paymentdue",
          "paymentduedate",
          "dueon",
          "payby",
          "payableby",
          "fälligam",
          "fälligkeit",
          "fälligkeitsdatum",
          "zahlbarbis",
          "zahlungsziel",
          "datedéchéance",
          "datedecheance",
          "échéance",
          "echeance",
          "datelimitedepaiement",
          "àpayeravantle",
          "vervaldatum",
          "uiterstebetaaldatum",
          "betalenvoor",
          "vervaldag"),
      Set.of("due")),
  TOTAL(
      Set.of(
          "grandtotal",
          "totalamount",
          "invoicetotal",
          "totaldue",
          "amountdue",
          "balancedue",
          "totalpayable",
          "amountpayable",
          "totalinclvat",
          "totalincvat",
          "totalincludingvat",
          "totalinctax",
          "totalincltax",
          "gesamtbetrag",
          "bruttobetrag",
          "bruttosumme",
          "rechnungsbetrag",
          "endbetrag",
          "gesamtsumme",
          "summebrutto",
          "zahlbetrag",
          "zuzahlen",
          "gesamtbrutto",
          "rechnungssumme",
          "totalttc",
          "montantttc",
          "netàpayer",
          "netapayer",
          "montanttotal",
          "totalàpayer",
          "totalapayer",
          "duepayable",
          "rechnungssummebrutto",
          "gesamtbetragbrutto",
          "totalgross",
          "grosstotal",
          "grossamount",
          "bruttogesamt",
          "totaalbedrag",
          "tebetalen",
          "totaalincl",
          "totaalinclbtw",
          "totaalinclusiefbtw",
          "totalgeneral",
          "totalgénéral"),
      Set.of("total", "totaal", "summe", "gesamt", "amount", "betrag")),
  NET(
      Set.of(
          "subtotal",
          "nettotal",
          "totalnet",
          "netamount",
          "totalexclvat",
          "totalexvat",
          "totalexcludingvat",
          "totalbeforetax",
          "amountexclvat",
          "totalexcltax",
          "nettobetrag",
          "summenetto",
          "nettosumme",
          "gesamtnetto",
          "rechnungssummeohneust",
          "rechnungssummeohneumsatzsteuer",
          "zwischensumme",
          "totalht",
          "montantht",
          "soustotal",
          "totalhorstaxe",
          "totalhorstaxes",
          "subtotaal",
          "totaalexcl",
          "totaalexclbtw",
          "exclusiefbtw",
          "exclbtw",
          "nettobedrag",
          "gesamtsummenetto",
          "summeohneust",
          "rechnungssummenetto",
          "nettogesamt",
          "totalexcl",
          "nettototaal"),
      Set.of("netto", "net")),
  TAX(
      Set.of(
          "totalvat",
          "vatamount",
          "totaltax",
          "salestax",
          "taxamount",
          "mwst",
          "mwstbetrag",
          "umsatzsteuer",
          "steuerbetrag",
          "mehrwertsteuer",
          "summemwst",
          "summeust",
          "montanttva",
          "totaltva",
          "btwbedrag",
          "totaalbtw",
          "gesamtmwst",
          "gesamtust",
          "vattotal",
          "taxtotal",
          "ustgesamt",
          "mwstgesamt",
          "summeumsatzsteuer",
          "umsatzsteuergesamt",
          "totaltaxamount",
          "totaltaxes",
          "taxestotal",
          "totaldestaxes",
          "totaltaxe",
          "montantdestaxes"),
      Set.of("vat", "tax", "ust", "tva", "btw")),
  PURCHASE_ORDER(
      Set.of(
          "purchaseorder",
          "purchaseorderno",
          "purchaseordernumber",
          "ponumber",
          "pono",
          "po#",
          "ordernumber",
          "orderno",
          "yourorder",
          "yourordernumber",
          "customerorder",
          "bestellnummer",
          "bestellnr",
          "ihrebestellung",
          "ihrebestellnummer",
          "auftragsnummer",
          "auftragsnr",
          "bondecommande",
          "n°decommande",
          "numérodecommande",
          "numerodecommande",
          "ordernummer",
          "bestelnummer",
          "inkoopordernummer",
          "uwbestelnummer",
          "uwordernummer"),
      Set.of("po", "order", "commande", "bestellung")),
  CURRENCY(Set.of("currency", "währung", "devise", "monnaie", "valuta"), Set.of()),
  SELLER(
      Set.of(
          "seller",
          "vendor",
          "supplier",
          "from",
          "verkäufer",
          "lieferant",
          "rechnungssteller",
          "vendeur",
          "fournisseur",
          "émetteur",
          "leverancier",
          "verkoper",
          "billedby",
          "issuedby",
          "soldby",
          "serviceprovider",
          "provider",
          "payee",
          "remitto"),
      Set.of()),
  BUYER(
      Set.of(
          "billto",
          "buyer",
          "customer",
          "soldto",
          "shipto",
          "invoiceto",
          "käufer",
          "kunde",
          "rechnungsempfänger",
          "leistungsempfänger",
          "käuferleistungsempfänger",
          "lieferanschrift",
          "acheteur",
          "client",
          "facturéà",
          "factureà",
          "adressedefacturation",
          "klant",
          "koper",
          "factuuradres",
          "afleveradres",
          "to",
          "attn",
          "attention",
          "billtoaddress"),
      Set.of());

  private final Set<String> strong;
  private final Set<String> weak;

  Labels(Set<String> strong, Set<String> weak) {
    this.strong = strong;
    this.weak = weak;
  }

  /** 2 for a specific label, 1 for a general one, 0 when the text is not a label of this field. */
  public int strength(String compact) {
    if (strong.contains(compact)) {
      return 2;
    }
    return weak.contains(compact) ? 1 : 0;
  }

  /** The form labels are compared in. */
  public static String compact(String text) {
    String lower = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (Character.isLetterOrDigit(c) || c == '#' || c == '°') {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Every label of every field that is a value-bearing field, to stop a value at the next label.
   */
  public static boolean isAnyLabel(String compact) {
    for (Labels l : List.of(NUMBER, DATE, DUE_DATE, TOTAL, NET, TAX, PURCHASE_ORDER, CURRENCY)) {
      if (l.strong.contains(compact)) {
        return true;
      }
    }
    return false;
  }
}
