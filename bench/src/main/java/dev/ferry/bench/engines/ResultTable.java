package dev.ferry.bench.engines;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/** Prints the rows as one Markdown table, then the ratios of Ferry to Flowable and Camunda. */
final class ResultTable {
  private final List<Row> rows;

  ResultTable(List<Row> rows) {
    this.rows = List.copyOf(rows);
  }

  String markdown() {
    StringBuilder out = new StringBuilder();
    out.append(
        "| engine | database | steps | tx/s 1 thread | tx/s 2 threads | µs/step | CPU µs/step | p50 ms"
            + " | p99 ms"
            + " | alloc MB/tx | heap MB | rows/tx | SQL statements/tx | disk bytes/tx |\n");
    out.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (Row r : rows) {
      if (r.failure() != null) {
        out.append(
            String.format(
                Locale.ROOT,
                "| %s | %s | %d | failed: %s ||||||||||||%n",
                r.engine(),
                r.database().label,
                r.steps(),
                r.failure().replace('|', '/').replace('\n', ' ')));
        continue;
      }
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
              r.engine(),
              r.database().label,
              r.steps(),
              num(r.perSecond1()),
              num(r.perSecond2()),
              num(r.microsPerStep()),
              num(r.cpuMicrosPerStep()),
              num(r.p50Millis()),
              num(r.p99Millis()),
              num(r.allocatedMbPerTx()),
              num(r.retainedHeapMb()),
              num(r.rowsPerTx()),
              num(r.statementsPerTx()),
              num(r.diskBytesPerTx())));
    }
    out.append('\n').append(ratios());
    return out.toString();
  }

  private String ratios() {
    StringBuilder out = new StringBuilder();
    out.append(
        "| Ferry / other | database | steps | µs/step | CPU µs/step | tx/s 1 thread | tx/s 2 threads"
            + " | rows/tx"
            + " | disk bytes/tx |\n");
    out.append("|---|---|---|---|---|---|---|---|---|\n");
    for (Row ferry : rows) {
      if (!ferry.engine().equals("ferry") || ferry.failure() != null) {
        continue;
      }
      for (String other : List.of("flowable", "camunda")) {
        find(other, ferry)
            .ifPresent(
                o ->
                    out.append(
                        String.format(
                            Locale.ROOT,
                            "| Ferry / %s | %s | %d | %s | %s | %s | %s | %s | %s |%n",
                            other,
                            ferry.database().label,
                            ferry.steps(),
                            ratio(ferry, o, Row::microsPerStep),
                            ratio(ferry, o, Row::cpuMicrosPerStep),
                            ratio(ferry, o, Row::perSecond1),
                            ratio(ferry, o, Row::perSecond2),
                            ratio(ferry, o, Row::rowsPerTx),
                            ratio(ferry, o, Row::diskBytesPerTx))));
      }
    }
    return out.toString();
  }

  private Optional<Row> find(String engine, Row like) {
    return rows.stream()
        .filter(
            r ->
                r.engine().equals(engine)
                    && r.database() == like.database()
                    && r.steps() == like.steps()
                    && r.failure() == null)
        .findFirst();
  }

  private static String ratio(Row ferry, Row other, ToDoubleFunction<Row> figure) {
    double a = figure.applyAsDouble(ferry);
    double b = figure.applyAsDouble(other);
    return Double.isNaN(a) || Double.isNaN(b) || b == 0
        ? "–"
        : String.format(Locale.ROOT, "%.2f", a / b);
  }

  private static String num(double value) {
    if (Double.isNaN(value)) {
      return "–";
    }
    double size = Math.abs(value);
    String pattern = size >= 100 ? "%.0f" : size >= 10 ? "%.1f" : size >= 1 ? "%.2f" : "%.3f";
    return String.format(Locale.ROOT, pattern, value);
  }
}
