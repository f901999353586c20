package dev.ferry.engine;

import dev.ferry.engine.ledger.Ledger;
import dev.ferry.engine.model.ProcessDefinition;
import dev.ferry.engine.secrets.EnvironmentSecretStore;
import dev.ferry.engine.secrets.SecretStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * How an engine is set up. Build it with {@link #builder(Ledger)}; every setting has a documented
 * default, and the builder validates them in one place.
 */
public final class EngineConfig {
  private final Ledger ledger;
  private final ConnectorRegistry connectors;
  private final List<SecretStore> secretStores;
  private final Path dataDirectory;
  private final Path workDirectory;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Duration defaultStepTimeout;
  private final boolean screenshotsOnSuccess;
  private final Map<String, Object> configValues;
  private final Function<String, Optional<ProcessDefinition>> subProcesses;
  private final long randomSeed;
  private final DefinitionParser definitionParser;

  /** Turns a stored definition's YAML back into a definition, to resume its transactions. */
  @FunctionalInterface
  public interface DefinitionParser {
    ProcessDefinition parse(String fileName, String yamlText);
  }

  private EngineConfig(Builder b) {
    this.ledger = b.ledger;
    this.connectors = b.connectors;
    this.secretStores = List.copyOf(b.secretStores);
    this.dataDirectory = b.dataDirectory;
    this.workDirectory =
        b.workDirectory == null ? b.dataDirectory.resolve("work") : b.workDirectory;
    this.clock = b.clock;
    this.sleeper = b.sleeper;
    this.defaultStepTimeout = b.defaultStepTimeout;
    this.screenshotsOnSuccess = b.screenshotsOnSuccess;
    this.configValues = Map.copyOf(b.configValues);
    this.subProcesses = b.subProcesses;
    this.randomSeed = b.randomSeed;
    this.definitionParser = b.definitionParser;
  }

  /** How stored definitions are read back when a transaction resumes; null when not set. */
  public DefinitionParser definitionParser() {
    return definitionParser;
  }

  public static Builder builder(Ledger ledger) {
    return new Builder(ledger);
  }

  public Ledger ledger() {
    return ledger;
  }

  public ConnectorRegistry connectors() {
    return connectors;
  }

  public List<SecretStore> secretStores() {
    return secretStores;
  }

  public Path dataDirectory() {
    return dataDirectory;
  }

  public Path workDirectory() {
    return workDirectory;
  }

  public Clock clock() {
    return clock;
  }

  public Sleeper sleeper() {
    return sleeper;
  }

  public Duration defaultStepTimeout() {
    return defaultStepTimeout;
  }

  public boolean screenshotsOnSuccess() {
    return screenshotsOnSuccess;
  }

  /** Values that definitions read as {@code ${config.x}}. */
  public Map<String, Object> configValues() {
    return configValues;
  }

  /** Finds the definition a {@code call:} step names. */
  public Function<String, Optional<ProcessDefinition>> subProcesses() {
    return subProcesses;
  }

  public long randomSeed() {
    return randomSeed;
  }

  /** Builds an {@link EngineConfig}. Not thread-safe. */
  public static final class Builder {
    private final Ledger ledger;
    private ConnectorRegistry connectors;
    private List<SecretStore> secretStores = List.of(EnvironmentSecretStore.system());
    private Path dataDirectory = Path.of("ferry-data");
    private Path workDirectory;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.REAL;
    private Duration defaultStepTimeout = Duration.ofMinutes(5);
    private boolean screenshotsOnSuccess = true;
    private Map<String, Object> configValues = Map.of();
    private Function<String, Optional<ProcessDefinition>> subProcesses = name -> Optional.empty();
    private long randomSeed = System.nanoTime();
    private DefinitionParser definitionParser;

    private Builder(Ledger ledger) {
      this.ledger = Objects.requireNonNull(ledger, "ledger");
    }

    /** Default: every connector on the class path. */
    public Builder connectors(ConnectorRegistry connectors) {
      this.connectors = Objects.requireNonNull(connectors);
      return this;
    }

    /** Default: environment variables {@code FERRY_SECRET_*}. Stores are asked in order. */
    public Builder secretStores(List<SecretStore> stores) {
      this.secretStores = List.copyOf(stores);
      return this;
    }

    /** Default: {@code ./ferry-data}. */
    public Builder dataDirectory(Path dataDirectory) {
      this.dataDirectory = Objects.requireNonNull(dataDirectory);
      return this;
    }

    /** The only directory file actions may touch. Default: {@code <data directory>/work}. */
    public Builder workDirectory(Path workDirectory) {
      this.workDirectory = Objects.requireNonNull(workDirectory);
      return this;
    }

    /** Default: the system clock in UTC. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock);
      return this;
    }

    /** Default: {@link Sleeper#REAL}. */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper);
      return this;
    }

    /** The timeout of a step that sets none. Default: 5 minutes. */
    public Builder defaultStepTimeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("the default step timeout must be positive");
      }
      this.defaultStepTimeout = timeout;
      return this;
    }

    /** Whether screenshots are kept for steps that succeed. Default: true. */
    public Builder screenshotsOnSuccess(boolean keep) {
      this.screenshotsOnSuccess = keep;
      return this;
    }

    /** Values that definitions read as {@code ${config.x}}. Default: none. */
    public Builder configValues(Map<String, Object> values) {
      this.configValues = Map.copyOf(values);
      return this;
    }

    /** Finds sub-process definitions by name, for {@code call:}. Default: none. */
    public Builder subProcesses(Function<String, Optional<ProcessDefinition>> resolver) {
      this.subProcesses = Objects.requireNonNull(resolver);
      return this;
    }

    /** Seeds the retry jitter, so tests are repeatable. Default: the time. */
    public Builder randomSeed(long seed) {
      this.randomSeed = seed;
      return this;
    }

    /** Reads stored definitions back, so that transactions can resume. Default: none. */
    public Builder definitionParser(DefinitionParser parser) {
      this.definitionParser = Objects.requireNonNull(parser);
      return this;
    }

    public EngineConfig build() {
      if (connectors == null) {
        connectors = ConnectorRegistry.discover();
      }
      return new EngineConfig(this);
    }
  }
}
