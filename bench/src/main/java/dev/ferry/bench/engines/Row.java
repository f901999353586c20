package dev.ferry.bench.engines;

/**
 * The figures of one engine on one database at one number of steps. A figure that does not apply
 * (bytes on disk outside H2 files, statements on PostgreSQL) is NaN.
 *
 * @param perSecond1 transactions per second on 1 thread (median of the iterations)
 * @param perSecond2 transactions per second on 2 threads (median of the iterations)
 * @param microsPerStep wall-clock time per step on 1 thread
 * @param cpuMicrosPerStep CPU time per step on 1 thread, over every JVM thread; steadier than wall
 *     time on a loaded machine, but blind to I/O waits and to the PostgreSQL server's own work
 * @param p50Millis median transaction latency on 1 thread
 * @param p99Millis 99th percentile transaction latency on 1 thread
 * @param allocatedMbPerTx heap allocated per transaction, over all threads, on 1 thread
 * @param retainedHeapMb heap the open engine holds after a full GC, above what was held before
 * @param rowsPerTx rows inserted, updated or deleted per transaction, as the database counts them
 * @param statementsPerTx SQL statements per transaction, as H2 counts them
 * @param diskBytesPerTx growth of the compacted H2 file per transaction
 * @param failure why the subject could not be measured, or null
 */
record Row(
    String engine,
    Database.Kind database,
    int steps,
    long transactions,
    double perSecond1,
    double perSecond2,
    double microsPerStep,
    double cpuMicrosPerStep,
    double p50Millis,
    double p99Millis,
    double allocatedMbPerTx,
    double retainedHeapMb,
    double rowsPerTx,
    double statementsPerTx,
    double diskBytesPerTx,
    String failure) {

  static Row failed(String engine, Database.Kind database, int steps, String failure) {
    double x = Double.NaN;
    return new Row(engine, database, steps, 0, x, x, x, x, x, x, x, x, x, x, x, failure);
  }
}
