package dev.ferry.scheduler;

import dev.ferry.definition.DefinitionLoader;
import dev.ferry.engine.ConnectorRegistry;
import dev.ferry.engine.EngineConfig;
import dev.ferry.engine.FerryEngine;
import dev.ferry.engine.ledger.Ledger;
import dev.ferry.engine.ledger.LedgerConfig;
import dev.ferry.engine.ledger.internal.HibernateLedger;
import dev.ferry.engine.spi.Secret;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A node in a JVM of its own, on an H2 file ledger, watching a GreenMail mailbox; the test kills it
 * with SIGKILL. Arguments: data directory, IMAP port.
 */
public final class MailNodeMain {
  static final String DEFINITION =
      """
      process: invoice-intake
      version: 1
      trigger:
        mailbox: { account: ap, folder: INBOX, subject: "^Invoice " }
      steps:
        - id: take
          action: log
          with: { message: "took ${trigger.subject}" }
        - id: work
          action: wait
          with: { duration: 600ms }
        - id: done
          action: log
          with: { message: "done with ${trigger.messageId}" }
      """;

  private MailNodeMain() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    int imapPort = Integer.parseInt(args[1]);
    Ledger ledger = HibernateLedger.open(LedgerConfig.h2File(data));
    ConnectorRegistry registry = ConnectorRegistry.discover();
    DefinitionLoader loader = new DefinitionLoader(registry);
    FerryEngine engine =
        new FerryEngine(
            EngineConfig.builder(ledger)
                .connectors(registry)
                .dataDirectory(data)
                .definitionParser(loader::load)
                .build());
    NodeSettings settings =
        NodeSettings.builder()
            .workers(4)
            .httpPort(-1)
            .pollInterval(Duration.ofMillis(500))
            .mailAccount(
                "ap", new MailAccount("127.0.0.1", imapPort, false, "ap", new Secret("s3cret-pw")))
            .build();
    FerryNode node =
        new FerryNode(engine, List.of(loader.load("invoice-intake.yaml", DEFINITION)), settings);
    node.start();
    System.out.println("NODE UP");
    Thread.sleep(Long.MAX_VALUE);
  }
}
