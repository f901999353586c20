package dev.ferry.document.invoice.internal;

import dev.ferry.document.invoice.ExtractionMethod;
import dev.ferry.document.invoice.TaxLine;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Chooses net, tax and gross among their candidates so that net + tax = gross whenever some choice
 * adds up; such a choice is trusted more than any single label.
 */
public final class MoneyReconciler {
  private static final BigDecimal CENT = new BigDecimal("0.011");
  private static final int MAX_CANDIDATES = 12;

  private MoneyReconciler() {}

  /** The chosen totals; any of them may be null. */
  public record Totals(Pick net, Pick tax, Pick total) {}

  public static Totals choose(
      List<Pick> nets, List<Pick> taxes, List<Pick> totals, List<TaxLine> taxLines) {
    List<Pick> n = top(nets);
    List<Pick> x = top(taxes);
    List<Pick> t = top(totals);
    Totals best = null;
    double bestScore = -1;
    for (Pick total : t) {
      for (Pick net : n) {
        for (Pick tax : x) {
          if (adds(net, tax, total)) {
            double score = net.confidence() + tax.confidence() + total.confidence();
            if (score > bestScore) {
              bestScore = score;
              best = new Totals(sure(net), sure(tax), sure(total));
            }
          }
        }
      }
    }
    if (best != null) {
      return best;
    }
    Pick total = best(t, true).orElse(null);
    Pick net = best(n, false).orElse(null);
    Pick tax = best(x, false).orElse(null);
    BigDecimal lineTax =
        taxLines.stream().map(TaxLine::amount).reduce(BigDecimal::add).orElse(null);
    if (total != null && net != null && lineTax != null && addsTo(net, lineTax, total)) {
      return new Totals(sure(net), computed(lineTax, 0.9, "sum of the VAT lines"), sure(total));
    }
    if (total != null && tax == null && net != null && value(total).compareTo(value(net)) >= 0) {
      tax = computed(value(total).subtract(value(net)), 0.6, "gross - net");
    }
    if (net == null && total != null && tax != null) {
      net = computed(value(total).subtract(value(tax)), 0.6, "gross - tax");
    }
    if (total == null && net != null && tax != null) {
      total = computed(value(net).add(value(tax)), 0.7, "net + tax");
    }
    return new Totals(net, tax, total);
  }

  private static List<Pick> top(List<Pick> picks) {
    return picks.stream()
        .sorted(Comparator.comparingDouble(Pick::confidence).reversed())
        .limit(MAX_CANDIDATES)
        .toList();
  }

  /** The most confident; among equals the last on the page for a total, since totals end it. */
  private static Optional<Pick> best(List<Pick> picks, boolean last) {
    Comparator<Pick> byConfidence = Comparator.comparingDouble(Pick::confidence);
    Comparator<Pick> byOrder = Comparator.comparingInt(Pick::order);
    return picks.stream().max(byConfidence.thenComparing(last ? byOrder : byOrder.reversed()));
  }

  private static boolean adds(Pick net, Pick tax, Pick total) {
    return addsTo(net, value(tax), total) && value(total).signum() != 0;
  }

  private static boolean addsTo(Pick net, BigDecimal tax, Pick total) {
    return value(net).add(tax).subtract(value(total)).abs().compareTo(CENT) <= 0;
  }

  private static BigDecimal value(Pick p) {
    return (BigDecimal) p.value();
  }

  private static Pick sure(Pick p) {
    return p.withConfidence(Math.max(p.confidence(), 0.97));
  }

  private static Pick computed(BigDecimal v, double confidence, String how) {
    return new Pick(v, List.of(), confidence, how, ExtractionMethod.COMPUTED, 0);
  }
}
