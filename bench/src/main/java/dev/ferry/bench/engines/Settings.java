package dev.ferry.bench.engines;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What one benchmark run measures and for how long.
 *
 * @param engines subjects to measure: {@code ferry}, {@code ferry-set}, {@code flowable}, {@code
 *     camunda}
 * @param databases {@code mem}, {@code file}, {@code pg}; the established engines skip {@code pg}
 * @param steps the numbers of sequential steps per transaction
 * @param warmUp how long each subject runs before it is measured
 * @param iteration how long one timed iteration lasts
 * @param iterations timed iterations per thread count; throughput is their median
 * @param counted transactions run after the timed ones to count rows and statements
 * @param directory where H2 files go
 */
record Settings(
    List<String> engines,
    List<String> databases,
    List<Integer> steps,
    Duration warmUp,
    Duration iteration,
    int iterations,
    int counted,
    Path directory) {

  Settings {
    engines = List.copyOf(engines);
    databases = List.copyOf(databases);
    steps = List.copyOf(steps);
    for (String engine : engines) {
      if (!List.of("ferry", "ferry-set", "flowable", "camunda").contains(engine)) {
        throw new IllegalArgumentException(
            "unknown engine '" + engine + "'; use ferry, ferry-set, flowable or camunda");
      }
    }
    for (String database : databases) {
      if (!List.of("mem", "file", "pg").contains(database)) {
        throw new IllegalArgumentException(
            "unknown database '" + database + "'; use mem, file or pg");
      }
    }
    if (steps.isEmpty() || steps.stream().anyMatch(n -> n < 1)) {
      throw new IllegalArgumentException("--steps needs positive numbers, not " + steps);
    }
    if (iterations < 1 || counted < 1) {
      throw new IllegalArgumentException("--iterations and --counted must be at least 1");
    }
  }
}
