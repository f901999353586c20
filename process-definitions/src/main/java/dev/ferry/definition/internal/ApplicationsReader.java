package dev.ferry.definition.internal;

import dev.ferry.engine.ConnectorRegistry;
import dev.ferry.engine.model.ApplicationSpec;
import dev.ferry.engine.model.BoundInput;
import dev.ferry.engine.model.RateLimit;
import dev.ferry.engine.model.RetryPolicy;
import dev.ferry.engine.spi.Connector;
import dev.ferry.engine.spi.SecretRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads {@code applications:}. The engine's own keys are read here; every other key binds to the
 * connector's config record, and may use {@code ${config.x}} and {@code ${env.X}}.
 */
public final class ApplicationsReader {
  public static final List<String> ENGINE_KEYS = LanguageDocs.keys(LanguageDocs.APPLICATION);

  /** The only variables an application's settings may read. */
  public static final Set<String> VARIABLES = Set.of("config", "env");

  private final ConnectorRegistry registry;
  private final Problems problems;
  private final ValueBinder binder;
  private final PolicyReader policies;
  private final Map<String, String> connectorOf = new LinkedHashMap<>();

  public ApplicationsReader(ConnectorRegistry registry, Problems problems, ValueBinder binder) {
    this.registry = registry;
    this.problems = problems;
    this.binder = binder;
    this.policies = new PolicyReader(problems);
  }

  /** Application name to connector id, for every application whose connector is known. */
  public Map<String, String> connectorOf() {
    return connectorOf;
  }

  public Map<String, ApplicationSpec> read(Node node) {
    Map<String, ApplicationSpec> applications = new LinkedHashMap<>();
    Fields fields = Fields.of(node, "applications:", problems);
    for (String name : fields.keys()) {
      ApplicationSpec spec = read(name, fields.keyNode(name), fields.value(name));
      if (spec != null) {
        applications.put(name, spec);
      }
    }
    return applications;
  }

  private ApplicationSpec read(String name, Node keyNode, Node value) {
    String what = "application '" + name + "'";
    Fields fields = Fields.of(value, what, problems);
    if (!fields.has("connector")) {
      problems.add(
          keyNode, what + " needs 'connector:', one of " + String.join(", ", connectorIds()));
      return null;
    }
    String id = Scalars.text(fields.value("connector"), "'connector' of " + what, problems);
    Connector<?> connector = id == null ? null : registry.connector(id).orElse(null);
    if (id != null && connector == null) {
      problems.add(
          fields.value("connector"),
          "unknown connector '"
              + id
              + "' in "
              + what
              + Suggestions.hint(id, connectorIds())
              + " (the connectors installed are "
              + String.join(", ", connectorIds())
              + ")");
    }
    SecretRef credentials = credentials(fields, what);
    Integer maxSessions =
        fields.has("max-sessions")
            ? Scalars.atLeast(
                fields.value("max-sessions"), 1, "'max-sessions' of " + what, problems)
            : Integer.valueOf(1);
    RateLimit rate =
        fields.has("rate-limit")
            ? policies.rate(fields.value("rate-limit"), "'rate-limit' of " + what)
            : null;
    RetryPolicy retry =
        fields.has("retry") ? policies.retry(fields.value("retry"), "'retry' of " + what) : null;
    if (connector == null) {
      return null;
    }
    connectorOf.put(name, id);
    BoundInput config =
        binder.bindRecord(
            fields,
            Set.copyOf(ENGINE_KEYS),
            connector.configType(),
            what + " (connector " + id + ")",
            keyNode,
            VariableScope.root(VARIABLES, "application settings may only read config and env"));
    if (maxSessions == null
        || (fields.has("rate-limit") && rate == null)
        || (fields.has("retry") && retry == null)
        || (fields.has("credentials") && credentials == null)) {
      return null;
    }
    return new ApplicationSpec(
        name, id, credentials, maxSessions, rate, retry, config, problems.at(keyNode));
  }

  private SecretRef credentials(Fields fields, String what) {
    if (!fields.has("credentials")) {
      return null;
    }
    String name = Scalars.text(fields.value("credentials"), "'credentials' of " + what, problems);
    if (name == null) {
      return null;
    }
    try {
      return new SecretRef(name);
    } catch (IllegalArgumentException e) {
      problems.add(
          fields.value("credentials"),
          "'credentials' of "
              + what
              + " must name a secret using letters, digits, '.', '_' and '-', such as"
              + " 'ledger-clerk'");
      return null;
    }
  }

  private List<String> connectorIds() {
    return registry.connectors().stream().map(Connector::id).sorted().toList();
  }
}
