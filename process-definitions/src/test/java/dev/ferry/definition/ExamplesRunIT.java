package dev.ferry.definition;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.ferry.engine.ConnectorRegistry;
import dev.ferry.engine.EngineConfig;
import dev.ferry.engine.FerryEngine;
import dev.ferry.engine.RunOptions;
import dev.ferry.engine.TransactionResult;
import dev.ferry.engine.WorkItem;
import dev.ferry.engine.ledger.Ledger;
import dev.ferry.engine.ledger.LedgerConfig;
import dev.ferry.engine.ledger.TransactionStatus;
import dev.ferry.engine.ledger.internal.HibernateLedger;
import dev.ferry.engine.model.ProcessDefinition;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the shipped examples, as loaded from their YAML, on the real engine with the real core
 * actions, an in-memory H2 ledger and CSV files in a temporary work directory.
 */
class ExamplesRunIT {
  private static final Path EXAMPLES = Path.of("examples");
  private final ConnectorRegistry registry = ConnectorRegistry.discover();
  private final DefinitionLoader loader = new DefinitionLoader(registry);
  @TempDir Path work;
  private static Ledger ledger;
  private FerryEngine engine;

  @BeforeAll
  static void openLedger() {
    ledger = HibernateLedger.open(LedgerConfig.h2InMemory("examples-" + UUID.randomUUID()));
  }

  @AfterAll
  static void closeLedger() {
    ledger.close();
  }

  @BeforeEach
  void startEngine() {
    engine =
        new FerryEngine(
            EngineConfig.builder(ledger)
                .connectors(registry)
                .dataDirectory(work.resolve("data"))
                .workDirectory(work)
                .build());
  }

  @AfterEach
  void stopEngine() {
    engine.close();
  }

  private TransactionResult run(String example, Map<String, Object> inputs) {
    ProcessDefinition definition = loader.load(EXAMPLES.resolve(example));
    return engine.run(definition, WorkItem.of(inputs), RunOptions.DEFAULT);
  }

  private void write(String path, String text) throws IOException {
    Files.createDirectories(work.resolve(path).getParent());
    Files.writeString(work.resolve(path), text);
  }

  @Test
  void theVendorPaymentRunWritesItsReportWithAnExactTotal() throws IOException {
    write(
        "payments/approved.csv",
        "vendor,invoice,amount,iban\n"
            + "Acme,INV-1,1200.10,DE89370400440532013000\n"
            + "Globex,INV-2,0.20,FR1420041010050500013M02606\n");

    TransactionResult result = run("vendor-payment-run.yaml", Map.of());

    assertThat(result.status()).as(result.errorMessage()).isEqualTo(TransactionStatus.SUCCEEDED);
    assertThat(result.variables().get("total").toString()).isEqualTo("1200.30");
    assertThat(Files.readString(work.resolve("reports/payment-run.csv")))
        .contains("vendor,invoice,amount,status")
        .contains("Acme,INV-1,1200.10,ready")
        .contains("Globex,INV-2,0.20,ready");
  }

  @Test
  void theVendorPaymentRunStopsAsABusinessFailureOverTheLimit() throws IOException {
    write("payments/approved.csv", "vendor,invoice,amount,iban\nAcme,INV-9,25000.00,DE89\n");

    TransactionResult result = run("vendor-payment-run.yaml", Map.of());

    assertThat(result.status()).isEqualTo(TransactionStatus.BUSINESS_FAILED);
    assertThat(result.errorCode()).isEqualTo("OVER_LIMIT");
    assertThat(Files.exists(work.resolve("reports/payment-run.csv"))).isFalse();
  }

  @Test
  void theDailyReconciliationRecordsADifferenceOverTheTolerance() throws IOException {
    write("exports/bank-statement.csv", "date;amount\n2026-11-20;100.00\n2026-11-20;50.05\n");
    write("exports/ledger-export.csv", "date,amount\n2026-11-20,150.00\n");

    TransactionResult result = run("daily-reconciliation.yaml", Map.of());

    assertThat(result.status())
        .as(result.errorMessage())
        .isEqualTo(TransactionStatus.BUSINESS_FAILED);
    assertThat(result.errorCode()).isEqualTo("NOT_RECONCILED");
    assertThat(Files.readString(work.resolve("reconciliation/exceptions.txt")))
        .contains("NOT_RECONCILED: Bank total 150.05 and ledger total 150.00 differ by 0.05");
  }

  @Test
  void theDailyReconciliationWritesADatedNoteWhenTheTotalsMatch() throws IOException {
    write("exports/bank-statement.csv", "date;amount\n2026-11-20;100.00\n2026-11-20;50.00\n");
    write("exports/ledger-export.csv", "date,amount\n2026-11-20,150.00\n");

    TransactionResult result = run("daily-reconciliation.yaml", Map.of());

    assertThat(result.status()).as(result.errorMessage()).isEqualTo(TransactionStatus.SUCCEEDED);
    try (var notes = Files.list(work.resolve("reconciliation"))) {
      Path note = notes.findFirst().orElseThrow();
      assertThat(note.getFileName().toString()).matches("\\d{4}-\\d{2}-\\d{2}\\.txt");
      assertThat(Files.readString(note))
          .isEqualTo(
              "Reconciled 2 bank lines and 1 ledger lines: total 150.00, difference 0.00.\n");
    }
  }

  @Test
  void theSupplierCheckAsksTheRegistryOverHttpAndRejectsASanctionedCountry() throws IOException {
    HttpServer registry = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    registry.createContext(
        "/suppliers/S-10442",
        exchange -> {
          byte[] body =
              "{\"name\":\"Acme\",\"vatNumber\":\"DE123\",\"iban\":\"DE89\",\"country\":\"KP\"}"
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    registry.start();
    try {
      String url = "http://127.0.0.1:" + registry.getAddress().getPort() + "/suppliers";

      TransactionResult result =
          run(
              "supplier-onboarding-check.yaml",
              Map.of("supplierId", "S-10442", "registryUrl", url));

      assertThat(result.status())
          .as(result.errorMessage())
          .isEqualTo(TransactionStatus.BUSINESS_FAILED);
      assertThat(result.errorCode()).isEqualTo("SANCTIONED_COUNTRY");
      assertThat(result.errorMessage())
          .isEqualTo("Supplier S-10442 is registered in KP, where we cannot pay");
    } finally {
      registry.stop(0);
    }
  }
}
