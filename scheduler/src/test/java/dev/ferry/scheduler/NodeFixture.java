package dev.ferry.scheduler;

import dev.ferry.definition.DefinitionLoader;
import dev.ferry.engine.ConnectorRegistry;
import dev.ferry.engine.EngineConfig;
import dev.ferry.engine.FerryEngine;
import dev.ferry.engine.ledger.Ledger;
import dev.ferry.engine.ledger.LedgerConfig;
import dev.ferry.engine.ledger.TransactionRecord;
import dev.ferry.engine.ledger.internal.HibernateLedger;
import dev.ferry.engine.model.ProcessDefinition;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/** A real engine on an in-memory H2 ledger, and helpers to wait for and look at what it did. */
final class NodeFixture implements AutoCloseable {
  final Ledger ledger;
  final FerryEngine engine;
  final DefinitionLoader loader;

  NodeFixture(Path dataDirectory) {
    ledger = HibernateLedger.open(LedgerConfig.h2InMemory("node-" + UUID.randomUUID()));
    ConnectorRegistry registry = ConnectorRegistry.discover();
    loader = new DefinitionLoader(registry);
    engine =
        new FerryEngine(
            EngineConfig.builder(ledger)
                .connectors(registry)
                .dataDirectory(dataDirectory)
                .definitionParser(loader::load)
                .screenshotsOnSuccess(false)
                .build());
  }

  ProcessDefinition definition(String yaml) {
    return loader.load("test.yaml", yaml);
  }

  List<TransactionRecord> transactions() {
    return ledger.transactionsSince(Instant.EPOCH);
  }

  static void await(String what, Duration timeout, BooleanSupplier condition)
      throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError(
            "timed out after " + timeout.toSeconds() + "s waiting for " + what);
      }
      Thread.sleep(50);
    }
  }

  static HttpResponse<String> get(int port, String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() {
    engine.close();
    ledger.close();
  }
}
