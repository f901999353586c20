#!/usr/bin/env bash
# Measures Ferry, Flowable 7 and Camunda 7 side by side in one JVM and prints one Markdown table
# plus the ratios Ferry/Flowable and Ferry/Camunda (see docs/benchmarks.md, "Engines side by side").
# Extra arguments go to dev.ferry.bench.engines.EngineBench, e.g. --steps 10 --seconds 1.
# Set JAVA_OPTS to add JVM options, such as a flight recording:
#   JAVA_OPTS="-XX:StartFlightRecording=filename=/tmp/engines.jfr" bench/run-engines.sh
set -euo pipefail
cd "$(dirname "$0")/.."
offline=-o
if [[ "${FERRY_BENCH_ONLINE:-}" == 1 ]]; then offline=; fi
./mvnw -B $offline -q -pl bench compile dependency:build-classpath \
  -Dmdep.outputFile=target/engine-bench.classpath -Dmdep.includeScope=runtime
# Run from a private copy: other builds in this tree may clean bench/target while the bench runs.
work=$(mktemp -d "${TMPDIR:-/tmp}/ferry-engine-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
cp -r bench/target/classes "$work/classes"
classpath="$work/classes:$(cat bench/target/engine-bench.classpath)"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
# One fixed heap for every engine, so that heap figures compare.
java -Xms768m -Xmx768m -XX:+UseG1GC ${JAVA_OPTS:-} -cp "$classpath" \
  dev.ferry.bench.engines.EngineBench --dir "$work/data" --out "$work/table.md" "$@"
mkdir -p bench/target
cp "$work/table.md" bench/target/engine-bench.md
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg); table also in bench/target/engine-bench.md"
