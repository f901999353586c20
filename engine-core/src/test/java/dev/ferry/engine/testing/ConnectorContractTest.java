package dev.ferry.engine.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.Connector;
import dev.ferry.engine.spi.ConnectorSession;
import dev.ferry.engine.spi.DocumentRef;
import dev.ferry.engine.spi.SecretRef;
import dev.ferry.engine.spi.SecretResolver;
import dev.ferry.engine.spi.SessionContext;
import dev.ferry.engine.spi.TransactionId;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The contract every connector meets. A connector's test extends this class, starts its test
 * application (a browser page, a terminal host), and supplies a configuration that reaches it and
 * one action to run there.
 *
 * @param <C> the connector's configuration record
 */
public abstract class ConnectorContractTest<C extends Record> {

  /** An action to run, by name, with its input record. */
  public record ActionCall(String action, Record input) {}

  protected abstract Connector<C> connector();

  /** A configuration that reaches the test application. */
  protected abstract C configuration();

  /** An action that must succeed in a freshly opened session against the test application. */
  protected abstract ActionCall smokeTest();

  protected SecretResolver secrets() {
    return TestSecrets.none();
  }

  /** The credentials reference the application uses, or null. */
  protected SecretRef credentials() {
    return null;
  }

  @Test
  void hasAnIdAndADescription() {
    assertThat(connector().id()).matches("[a-z][a-z0-9-]*");
    assertThat(connector().description()).isNotBlank();
  }

  @Test
  void isRegisteredForServiceLoader() {
    List<String> registered = new ArrayList<>();
    @SuppressWarnings("rawtypes")
    ServiceLoader<Connector> loader = ServiceLoader.load(Connector.class);
    loader.forEach(c -> registered.add(c.getClass().getName()));
    assertThat(registered).contains(connector().getClass().getName());
  }

  @Test
  void configurationTypeIsARecordOfBindableComponents() {
    assertThat(connector().configType().isRecord()).isTrue();
    assertBindable(connector().configType(), new HashSet<>());
  }

  @Test
  void actionsHaveUniqueDottedNamesDescriptionsAndRecordTypes() {
    Set<String> names = new HashSet<>();
    for (Action<?, ?> action : connector().actions()) {
      assertThat(action.name()).matches("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");
      assertThat(names.add(action.name())).as("duplicate action " + action.name()).isTrue();
      assertThat(action.description()).as(action.name()).isNotBlank();
      assertThat(action.inputType().isRecord()).as(action.name()).isTrue();
      assertThat(action.outputType().isRecord()).as(action.name()).isTrue();
      assertBindable(action.inputType(), new HashSet<>());
    }
    assertThat(names).isNotEmpty();
  }

  @Test
  void unavailableActionsSayWhy() {
    for (Action<?, ?> action : connector().actions()) {
      String reason = action.unavailableReason();
      if (reason != null) {
        assertThat(reason).as(action.name()).isNotBlank();
      }
    }
  }

  @Test
  void checkActionIsOneOfItsOwnActions() {
    String check = connector().checkAction();
    if (check != null) {
      assertThat(connector().actions()).extracting(Action::name).contains(check);
    }
  }

  @Test
  void opensASessionRunsAnActionAndClosesCleanly() throws Exception {
    Path data = Files.createTempDirectory("ferry-contract");
    ConnectorSession session = connector().open(configuration(), sessionContext(data));
    try {
      assertThat(session.isHealthy()).isTrue();
      ActionCall call = smokeTest();
      Record output = run(call, session, TestActionContext.forSession(session));
      assertThat(output).as("output of " + call.action()).isNotNull();
    } finally {
      session.close();
    }
    assertThatCode(session::close).as("closing twice").doesNotThrowAnyException();
  }

  private SessionContext sessionContext(Path data) {
    SecretResolver secrets = secrets();
    SecretRef credentials = credentials();
    return new SessionContext() {
      @Override
      public String applicationName() {
        return "contract-test";
      }

      @Override
      public TransactionId transactionId() {
        return new TransactionId("tx-contract");
      }

      @Override
      public SecretRef credentials() {
        return credentials;
      }

      @Override
      public SecretResolver secrets() {
        return secrets;
      }

      @Override
      public Path dataDirectory() {
        return data;
      }
    };
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Record run(ActionCall call, ConnectorSession session, TestActionContext context) {
    Action action =
        connector().actions().stream()
            .filter(a -> a.name().equals(call.action()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no action " + call.action()));
    return (Record) action.execute((Record) action.inputType().cast(call.input()), context);
  }

  private static final Set<Class<?>> SCALARS =
      Set.of(
          String.class,
          boolean.class,
          Boolean.class,
          int.class,
          Integer.class,
          long.class,
          Long.class,
          BigDecimal.class,
          Duration.class,
          LocalDate.class,
          Instant.class,
          SecretRef.class,
          DocumentRef.class,
          Object.class);

  private static void assertBindable(Class<?> record, Set<Class<?>> seen) {
    if (!seen.add(record)) {
      return;
    }
    for (RecordComponent component : record.getRecordComponents()) {
      assertBindableType(
          component.getGenericType(), record.getSimpleName() + "." + component.getName(), seen);
    }
  }

  private static void assertBindableType(Type type, String where, Set<Class<?>> seen) {
    if (type instanceof ParameterizedType parameterized) {
      Type raw = parameterized.getRawType();
      Type[] arguments = parameterized.getActualTypeArguments();
      if (raw == List.class) {
        assertBindableType(arguments[0], where, seen);
        return;
      }
      if (raw == Map.class && arguments[0] == String.class) {
        assertBindableType(arguments[1], where, seen);
        return;
      }
      throw new AssertionError(where + " has a type YAML cannot bind: " + type);
    }
    if (type instanceof Class<?> cls) {
      if (SCALARS.contains(cls) || cls.isEnum()) {
        return;
      }
      if (cls.isRecord()) {
        assertBindable(cls, seen);
        return;
      }
    }
    throw new AssertionError(where + " has a type YAML cannot bind: " + type);
  }
}
