package dev.ferry.app;

import dev.ferry.definition.DefinitionLoader;
import dev.ferry.engine.ConnectorRegistry;
import dev.ferry.engine.FerryEngine;
import dev.ferry.engine.ledger.Ledger;
import dev.ferry.engine.model.ProcessDefinition;
import dev.ferry.engine.secrets.EnvironmentSecretStore;
import dev.ferry.engine.secrets.SecretStore;
import dev.ferry.engine.secrets.SecretStores;
import dev.ferry.engine.spi.Secret;
import dev.ferry.scheduler.FerryNode;
import dev.ferry.scheduler.MailAccount;
import dev.ferry.scheduler.NodeSettings;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ferry serve}: a long-running node. It resumes what a previous run left unfinished, starts
 * the triggers of the definitions in a directory, and stops gracefully on SIGTERM.
 */
@Command(
    name = "serve",
    description =
        "Run a node: start the triggers of the definitions in a directory, run their transactions"
            + " and serve /health and /metrics.")
final class ServeCommand implements Callable<Integer> {
  @Option(
      names = "--definitions",
      required = true,
      description = "The directory of YAML process definitions to serve.")
  Path definitions;

  @Option(names = "--workers", defaultValue = "4", description = "Transactions run at once.")
  int workers;

  @Option(
      names = "--queue",
      defaultValue = "100",
      description = "Work items that may wait for a worker before triggers are held back.")
  int queue;

  @Option(
      names = "--http-port",
      defaultValue = "8080",
      description = "Port of /health and /metrics; 0 picks a free one, -1 turns HTTP off.")
  int httpPort;

  @Option(
      names = "--mail-account",
      paramLabel = "NAME=imaps://USER@HOST:PORT",
      description =
          "A mail account that mailbox triggers name; its password is the secret mail.NAME.")
  Map<String, String> mailAccounts = new LinkedHashMap<>();

  @Option(
      names = "--poll-seconds",
      defaultValue = "30",
      description = "How often mailboxes are polled without IDLE, and reconnects are tried.")
  int pollSeconds;

  @Option(
      names = "--mailbox-unreachable-minutes",
      defaultValue = "5",
      description = "Minutes a mailbox may be unreachable before /health turns red.")
  int unreachableMinutes;

  @Option(
      names = "--shutdown-grace-seconds",
      defaultValue = "30",
      description = "How long a stopping node waits for running transactions.")
  int graceSeconds;

  @Option(
      names = "--reload-seconds",
      defaultValue = "5",
      description =
          "How often the definitions directory is checked for added, changed or removed files;"
              + " 0 turns reloading off.")
  int reloadSeconds;

  @Option(
      names = "--cluster",
      description =
          "Join the cluster of nodes sharing the PostgreSQL ledger (FERRY_DB_URL): transactions run"
              + " as Quartz jobs any node may take, and a live node recovers those of a dead one.")
  boolean cluster;

  @Option(
      names = "--node-id",
      description =
          "This node's id in the cluster, unique among live nodes. Default: <host name>-<pid>.")
  String nodeId;

  @Option(
      names = {"-c", "--config"},
      paramLabel = "KEY=VALUE",
      description = "A value definitions read as ${config.KEY}; dots nest (portal.url=...).")
  Map<String, String> configValues = new LinkedHashMap<>();

  @Mixin NodeOptions node;

  /** The definitions served now, by process name, for sub-processes. */
  private volatile Map<String, ProcessDefinition> served = Map.of();

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ConnectorRegistry registry = ConnectorRegistry.discover();
    if (!Files.isDirectory(definitions)) {
      out.printf("%s is not a directory of process definitions.%n", definitions);
      return Ferry.INVALID;
    }
    DefinitionFolder folder = new DefinitionFolder(definitions, new DefinitionLoader(registry));
    if (!folder.load(out::println)) {
      out.println("Nothing is served until the problems above are fixed.");
      return Ferry.INVALID;
    }
    if (folder.definitions().isEmpty()) {
      out.printf("%s holds no .yaml definitions.%n", definitions);
      return Ferry.INVALID;
    }
    served = byName(folder.definitions());
    NodeSettings settings;
    try {
      settings = settings();
    } catch (IllegalArgumentException e) {
      out.println(e.getMessage());
      return Ferry.INVALID;
    }
    Files.createDirectories(node.dataDirectory());
    CountDownLatch stopRequested = new CountDownLatch(1);
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              stopRequested.countDown();
              try {
                stopped.await(graceSeconds + 15L, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "ferry-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try (Ledger ledger = node.openLedger();
        FerryEngine engine =
            new FerryEngine(
                node.engineConfig(ledger, registry)
                    .subProcesses(name -> Optional.ofNullable(served.get(name)))
                    .configValues(RunCommand.nested(configValues))
                    .build());
        FerryNode ferryNode = new FerryNode(engine, folder.definitions(), settings);
        Reloader reloader = new Reloader(folder, ferryNode, out)) {
      ferryNode.start();
      reloader.every(reloadSeconds);
      out.printf(
          "Serving %d definitions from %s%s. Stop with SIGTERM or Ctrl-C.%n",
          served.size(),
          definitions,
          ferryNode.httpPort() < 0
              ? ""
              : "; health on http://localhost:" + ferryNode.httpPort() + "/health");
      out.flush();
      stopRequested.await();
      out.println("Stopping: waiting for running transactions.");
      out.flush();
    } finally {
      stopped.countDown();
    }
    return 0;
  }

  private NodeSettings settings() {
    NodeSettings.Builder b =
        NodeSettings.builder()
            .workers(workers)
            .queueCapacity(queue)
            .httpPort(httpPort)
            .pollInterval(Duration.ofSeconds(pollSeconds))
            .mailboxUnreachableAfter(Duration.ofMinutes(unreachableMinutes))
            .shutdownGrace(Duration.ofSeconds(graceSeconds));
    List<SecretStore> stores = SecretStores.forDataDirectory(node.dataDirectory());
    mailAccounts.forEach((name, uri) -> b.mailAccount(name, account(name, uri, stores)));
    if (cluster) {
      b.cluster(node.ledgerConfig(), nodeId);
    } else if (nodeId != null) {
      throw new IllegalArgumentException("--node-id is only for a node started with --cluster");
    }
    return b.build();
  }

  static MailAccount account(String name, String text, List<SecretStore> stores) {
    URI uri;
    try {
      uri = URI.create(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "--mail-account " + name + ": '" + text + "' is not imaps://USER@HOST:PORT");
    }
    boolean ssl = "imaps".equals(uri.getScheme());
    if (!ssl && !"imap".equals(uri.getScheme())
        || uri.getHost() == null
        || uri.getUserInfo() == null) {
      throw new IllegalArgumentException(
          "--mail-account "
              + name
              + ": '"
              + text
              + "' is not imap[s]://USER@HOST[:PORT], such as imaps://ap@mail.example.com:993");
    }
    String secret = "mail." + name;
    Secret password =
        stores.stream()
            .map(s -> s.find(secret))
            .flatMap(Optional::stream)
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "--mail-account "
                            + name
                            + " needs its password as secret "
                            + secret
                            + ": run 'ferry secrets set "
                            + secret
                            + "' or set "
                            + EnvironmentSecretStore.variableFor(secret)));
    int port = uri.getPort() > 0 ? uri.getPort() : ssl ? 993 : 143;
    return new MailAccount(uri.getHost(), port, ssl, uri.getUserInfo(), password);
  }

  private static Map<String, ProcessDefinition> byName(List<ProcessDefinition> definitions) {
    Map<String, ProcessDefinition> byName = new LinkedHashMap<>();
    definitions.forEach(d -> byName.put(d.name(), d));
    return Map.copyOf(byName);
  }

  /** Checks the definitions directory now and then, and serves what changed. */
  private final class Reloader implements AutoCloseable {
    private final DefinitionFolder folder;
    private final FerryNode node;
    private final PrintWriter out;
    private final ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "ferry-definitions");
              t.setDaemon(true);
              return t;
            });

    Reloader(DefinitionFolder folder, FerryNode node, PrintWriter out) {
      this.folder = folder;
      this.node = node;
      this.out = out;
    }

    void every(int seconds) {
      if (seconds > 0) {
        timer.scheduleWithFixedDelay(this::reload, seconds, seconds, TimeUnit.SECONDS);
      }
    }

    private void reload() {
      try {
        if (!folder.reload(this::report)) {
          return;
        }
        List<ProcessDefinition> next = new ArrayList<>();
        for (ProcessDefinition d : folder.definitions()) {
          Optional<String> problem = node.problem(d);
          ProcessDefinition before = node.served().get(d.name());
          if (problem.isEmpty()) {
            next.add(d);
          } else if (before != null) {
            report(problem.get() + "; still serving version " + before.version());
            next.add(before);
          } else {
            report(problem.get() + "; it is not served until this is fixed");
          }
        }
        node.serve(next).forEach(change -> report("definitions: " + change));
        served = byName(next);
      } catch (RuntimeException e) {
        report("cannot reload the definitions in " + definitions + ": " + e.getMessage());
      }
    }

    private void report(String line) {
      synchronized (out) {
        out.println(line);
        out.flush();
      }
    }

    @Override
    public void close() {
      timer.shutdownNow();
    }
  }
}
