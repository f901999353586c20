package dev.ferry.engine.spi;

import java.util.List;

/**
 * Reaches one kind of application (a browser, a 5250 host, Excel) and offers the actions that work
 * in it. Implementations are registered in {@code META-INF/services/dev.ferry.engine.spi.Connector}
 * and found with {@link java.util.ServiceLoader}, so a new connector is a new jar and nothing else.
 *
 * <p>A connector is a stateless factory shared by every transaction. It must not do I/O in its
 * constructor; connections belong to {@link #open}.
 *
 * @param <C> the configuration record that an application entry in a definition is bound to
 */
public interface Connector<C extends Record> {

  /** The id used in {@code applications: x: { connector: <id> }}, such as {@code tn5250}. */
  String id();

  /** One plain-English sentence for the YAML reference. */
  String description();

  /** The record that an application's settings (everything but the engine's own keys) bind to. */
  Class<C> configType();

  /**
   * The actions this connector offers; each action's name starts with a prefix the connector owns.
   */
  List<Action<?, ?>> actions();

  /**
   * Opens a session to the application, signing on when the configuration asks for it. Called
   * lazily, the first time a transaction runs a step in this application, and again after a session
   * turned unhealthy.
   *
   * @throws SystemException when the application cannot be reached
   */
  ConnectorSession open(C config, SessionContext context);

  /**
   * The action that a step's {@code expect:} and {@code verify:} shorthand maps to in this
   * connector, such as {@code terminal.expect}; null when the connector has none. {@code expect:}
   * runs it after the step and fails the step when it fails; {@code verify:} runs it to learn
   * whether a step that may have been interrupted took effect.
   */
  default String checkAction() {
    return null;
  }
}
