package dev.ferry.engine;

import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.Connector;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The connectors available to this node, found through {@link ServiceLoader}, and their actions.
 * Immutable and thread-safe.
 */
public final class ConnectorRegistry {
  private final Map<String, Connector<?>> connectors;

  public ConnectorRegistry(Collection<? extends Connector<?>> connectors) {
    Map<String, Connector<?>> byId = new LinkedHashMap<>();
    for (Connector<?> connector : connectors) {
      Connector<?> previous = byId.putIfAbsent(connector.id(), connector);
      if (previous != null && previous.getClass() != connector.getClass()) {
        throw new IllegalStateException(
            "two connectors claim the id '"
                + connector.id()
                + "': "
                + previous.getClass().getName()
                + " and "
                + connector.getClass().getName()
                + "; remove one of the jars");
      }
    }
    this.connectors = java.util.Collections.unmodifiableMap(byId);
  }

  /** Every connector on the class path of the given class loader. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  public static ConnectorRegistry discover(ClassLoader loader) {
    List<Connector<?>> found = new ArrayList<>();
    for (Connector connector : ServiceLoader.load(Connector.class, loader)) {
      found.add(connector);
    }
    return new ConnectorRegistry(found);
  }

  public static ConnectorRegistry discover() {
    return discover(ConnectorRegistry.class.getClassLoader());
  }

  public Optional<Connector<?>> connector(String id) {
    return Optional.ofNullable(connectors.get(id));
  }

  public Collection<Connector<?>> connectors() {
    return connectors.values();
  }

  /** The action of that name offered by that connector. */
  public Optional<Action<?, ?>> action(String connectorId, String actionName) {
    Connector<?> connector = connectors.get(connectorId);
    if (connector == null) {
      return Optional.empty();
    }
    return connector.actions().stream().filter(a -> a.name().equals(actionName)).findFirst();
  }

  /** The connectors offering an action of that name; actions such as terminal.fill have several. */
  public List<Connector<?>> connectorsOffering(String actionName) {
    return connectors.values().stream()
        .filter(c -> c.actions().stream().anyMatch(a -> a.name().equals(actionName)))
        .toList();
  }

  /** Every action name known to this node, for suggestions in error messages. */
  public List<String> actionNames() {
    return connectors.values().stream()
        .flatMap(c -> c.actions().stream())
        .map(Action::name)
        .distinct()
        .sorted()
        .toList();
  }
}
