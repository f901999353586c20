package dev.ferry.bench.web;

import dev.ferry.definition.DefinitionLoader;
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
import dev.ferry.engine.secrets.EnvironmentSecretStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The bench's web flow as a process definition an analyst would write, run by Ferry's engine with
 * the {@code web} connector found through {@code ServiceLoader}, as {@code ferry run} does.
 */
final class FerryWebFlow implements AutoCloseable {
  private final Ledger ledger;
  private final FerryEngine engine;
  private final ProcessDefinition definition;

  FerryWebFlow(String portalUrl, boolean screenshots, Path dataDirectory) {
    ConnectorRegistry connectors = ConnectorRegistry.discover();
    this.definition =
        new DefinitionLoader(connectors).load("bench-web-flow.yaml", yaml(portalUrl, screenshots));
    this.ledger = HibernateLedger.open(LedgerConfig.h2InMemory("bench-web-" + System.nanoTime()));
    this.engine =
        new FerryEngine(
            EngineConfig.builder(ledger)
                .connectors(connectors)
                .dataDirectory(dataDirectory)
                .screenshotsOnSuccess(screenshots)
                .secretStores(
                    List.of(
                        new EnvironmentSecretStore(
                            Map.of(
                                "FERRY_SECRET_PORTAL_USER_USERNAME", WebOverheadBench.USER,
                                "FERRY_SECRET_PORTAL_USER_PASSWORD", WebOverheadBench.PASSWORD))))
                .build());
  }

  static String yaml(String portalUrl, boolean screenshots) {
    StringBuilder y =
        new StringBuilder(
            """
            process: bench-web-flow
            version: 1
            description: Enter %d invoices on the portal and read the table's page count.
            inputs:
              base: integer
            applications:
              portal:
                connector: web
                url: "%s"
                credentials: portal-user
                screenshots: %s
                login: { username-field: "#username", password-field: "#password", submit: "#sign-in", success: "#welcome" }
            steps:
            """
                .formatted(
                    WebOverheadBench.INVOICES, portalUrl, screenshots ? "always" : "on-failure"));
    for (int i = 1; i <= WebOverheadBench.INVOICES; i++) {
      String number = "INV-2026-${base + " + i + "}";
      step(y, "open-" + i, "web.open", "{ url: /invoices/new }");
      step(y, "number-" + i, "web.fill", "{ selector: \"#number\", value: \"" + number + "\" }");
      step(y, "amount-" + i, "web.fill", "{ selector: \"#amount\", value: \"" + i + "00.50\" }");
      step(y, "due-" + i, "web.fill", "{ selector: \"#due-date\", value: \"2026-12-15\" }");
      step(y, "supplier-" + i, "web.select", "{ selector: \"#supplier\", option: GLOBEX }");
      step(y, "save-" + i, "web.click", "{ selector: \"#save\" }");
    }
    step(y, "open-table", "web.open", "{ url: \"/invoices?page=1\" }");
    step(y, "read-pages", "web.read-text", "{ selector: \"#page-info\" }");
    y.append("    save-as: info\n");
    return y.toString();
  }

  private static void step(StringBuilder y, String id, String action, String with) {
    y.append("  - id: ")
        .append(id)
        .append("\n    app: portal\n    action: ")
        .append(action)
        .append("\n    with: ")
        .append(with)
        .append('\n');
  }

  /** Runs one transaction and returns its wall time in nanoseconds. */
  long run(int base) {
    long start = System.nanoTime();
    TransactionResult result =
        engine.run(definition, WorkItem.of(Map.of("base", base)), RunOptions.DEFAULT);
    long elapsed = System.nanoTime() - start;
    Object info = result.variables().get("info");
    if (result.status() != TransactionStatus.SUCCEEDED
        || !(info instanceof Map<?, ?> read)
        || !String.valueOf(read.get("text")).startsWith("Page 1 of")) {
      throw new IllegalStateException(
          "Ferry transaction "
              + result.id()
              + " ended "
              + result.status()
              + ": "
              + result.errorMessage()
              + " (info = "
              + info
              + ")");
    }
    return elapsed;
  }

  @Override
  public void close() {
    engine.close();
    ledger.close();
  }
}
