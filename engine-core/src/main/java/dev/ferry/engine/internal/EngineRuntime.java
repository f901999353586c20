package dev.ferry.engine.internal;

import dev.ferry.engine.EngineConfig;
import dev.ferry.engine.secrets.Redactor;
import dev.ferry.engine.secrets.StoreSecretResolver;
import dev.ferry.engine.spi.SecretResolver;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** The parts of an engine that all its transactions share. Thread-safe. */
public final class EngineRuntime implements AutoCloseable {
  final EngineConfig config;
  final Redactor redactor = new Redactor();
  final SecretResolver secrets;
  final LedgerJson json;
  final ApplicationLimiter limiter;
  final RetryHandler retries;
  final ExecutorService actionThreads;

  /**
   * Writes the records of steps that are safe to run again while the next step runs. Never
   * interrupted: H2 closes its file when a thread that writes it is interrupted.
   */
  final ExecutorService recordThreads;

  public EngineRuntime(EngineConfig config) {
    this.config = config;
    this.secrets = new StoreSecretResolver(config.secretStores(), redactor);
    this.json = new LedgerJson(redactor);
    this.limiter = new ApplicationLimiter(config.clock(), config.sleeper());
    this.retries = new RetryHandler(config.randomSeed());
    this.actionThreads = Executors.newCachedThreadPool(daemonThreads("ferry-action-"));
    this.recordThreads = Executors.newCachedThreadPool(daemonThreads("ferry-record-"));
  }

  public Redactor redactor() {
    return redactor;
  }

  /** Variables as JSON for people to read, with the sensitive ones and every secret masked. */
  public String variablesJson(
      java.util.Map<String, Object> variables, java.util.Set<String> sensitive) {
    return json.ofVariables(variables, sensitive);
  }

  private static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  @Override
  public void close() {
    actionThreads.shutdownNow();
    recordThreads.shutdown();
  }
}
