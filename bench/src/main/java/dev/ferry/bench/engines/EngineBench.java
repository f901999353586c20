package dev.ferry.bench.engines;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Measures Ferry, Flowable and Camunda side by side in one JVM: transactions of N sequential
 * increments, on H2 in memory, H2 on a file and (Ferry only) PostgreSQL. Prints one Markdown table
 * and the ratios Ferry/Flowable and Ferry/Camunda; {@code bench/run-engines.sh} runs it.
 *
 * <p>Options (defaults in brackets): {@code --engines ferry,flowable,camunda} (also {@code
 * ferry-set}), {@code --databases mem,file,pg}, {@code --steps 10,216}, {@code --warmup 5}, {@code
 * --seconds 2} per iteration, {@code --iterations 3}, {@code --counted 5}, {@code --dir
 * target/engine-bench}, {@code --out FILE} to also write the table.
 */
public final class EngineBench {
  // Held so that the level sticks: java.util.logging keeps loggers only weakly.
  private static final java.util.logging.Logger HIBERNATE_LOG =
      java.util.logging.Logger.getLogger("org.hibernate");

  private EngineBench() {}

  public static void main(String[] args) {
    HIBERNATE_LOG.setLevel(java.util.logging.Level.WARNING);
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("engine bench: " + e.getMessage());
      System.exit(2);
      return;
    }
    String table = run(options.settings(), System.out);
    System.out.println();
    System.out.println(table);
    if (options.out() != null) {
      try {
        Files.writeString(options.out(), table);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + options.out(), e);
      }
    }
  }

  /** Runs every subject the settings name and returns the table. */
  static String run(Settings settings, PrintStream progress) {
    Measurement measurement = new Measurement(settings);
    List<Row> rows = new ArrayList<>();
    PostgresServer postgres = null;
    int databases = 0;
    try {
      for (int steps : settings.steps()) {
        for (String db : settings.databases()) {
          for (String engine : settings.engines()) {
            boolean ferry = engine.startsWith("ferry");
            if (db.equals("pg") && !ferry) {
              continue;
            }
            if (db.equals("pg") && postgres == null) {
              progress.println("starting PostgreSQL (fsync on)...");
              postgres = PostgresServer.start();
            }
            String name = engine.replace('-', '_') + "_" + steps + "_" + ++databases;
            Database database =
                switch (db) {
                  case "mem" -> Database.h2Memory(name);
                  case "file" -> Database.h2File(settings.directory(), name);
                  default -> postgres.freshDatabase(name);
                };
            rows.add(measureOne(measurement, engine, database, steps, settings, name, progress));
          }
        }
      }
    } finally {
      if (postgres != null) {
        postgres.close();
      }
    }
    return new ResultTable(rows).markdown();
  }

  private static Row measureOne(
      Measurement measurement,
      String engine,
      Database database,
      int steps,
      Settings settings,
      String name,
      PrintStream progress) {
    Path data = settings.directory().resolve(name + "-data");
    Function<Database, Subject> opener =
        switch (engine) {
          case "ferry" -> d -> new FerrySubject(d, steps, FerrySubject.Variant.CONNECTOR, data);
          case "ferry-set" -> d -> new FerrySubject(d, steps, FerrySubject.Variant.CORE_SET, data);
          case "flowable" -> d -> new FlowableSubject(d, steps, name);
          default -> d -> new CamundaSubject(d, steps, name);
        };
    try {
      return measurement.measure(engine, database, steps, opener, progress);
    } catch (RuntimeException e) {
      progress.println("  " + engine + " on " + database.kind().label + " failed: " + e);
      e.printStackTrace(progress);
      return Row.failed(engine, database.kind(), steps, String.valueOf(e.getMessage()));
    }
  }

  /** The command line, parsed. */
  record Options(Settings settings, Path out) {
    static Options parse(String[] args) {
      List<String> engines = List.of("ferry", "flowable", "camunda");
      List<String> databases = List.of("mem", "file", "pg");
      List<Integer> steps = List.of(10, 216);
      double warmUp = 5;
      double seconds = 2;
      int iterations = 3;
      int counted = 5;
      Path dir = Path.of("target", "engine-bench");
      Path out = null;
      for (int i = 0; i < args.length; i++) {
        String option = args[i];
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(option + " needs a value");
        }
        String value = args[++i];
        try {
          switch (option) {
            case "--engines" -> engines = list(value);
            case "--databases" -> databases = list(value);
            case "--steps" -> steps = list(value).stream().map(Integer::valueOf).toList();
            case "--warmup" -> warmUp = Double.parseDouble(value);
            case "--seconds" -> seconds = Double.parseDouble(value);
            case "--iterations" -> iterations = Integer.parseInt(value);
            case "--counted" -> counted = Integer.parseInt(value);
            case "--dir" -> dir = Path.of(value);
            case "--out" -> out = Path.of(value);
            default ->
                throw new IllegalArgumentException(
                    "unknown option "
                        + option
                        + "; use --engines, --databases, --steps, --warmup, --seconds,"
                        + " --iterations, --counted, --dir or --out");
          }
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(option + " needs a number, not '" + value + "'");
        }
      }
      return new Options(
          new Settings(
              engines,
              databases,
              steps,
              Measurement.seconds(warmUp),
              Measurement.seconds(seconds),
              iterations,
              counted,
              dir),
          out);
    }

    private static List<String> list(String value) {
      return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
  }
}
