package dev.ferry.bench.engines;

import dev.ferry.engine.core.AssignsVariables;
import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.ActionContext;
import dev.ferry.engine.spi.Connector;
import dev.ferry.engine.spi.ConnectorSession;
import dev.ferry.engine.spi.NoConfig;
import dev.ferry.engine.spi.Param;
import dev.ferry.engine.spi.SessionContext;
import java.util.List;
import java.util.Map;

/**
 * The trivial in-memory application of the engine benchmark: {@code counter.increment} reads a
 * number and writes it back one higher, the same work the Flowable and Camunda service tasks do. It
 * is handed to the engine directly, not registered as a service, so no other program sees it.
 */
public final class CounterConnector implements Connector<NoConfig> {
  private static final List<Action<?, ?>> ACTIONS = List.of(new Increment());

  @Override
  public String id() {
    return "counter";
  }

  @Override
  public String description() {
    return "An in-memory counter, for benchmarks.";
  }

  @Override
  public Class<NoConfig> configType() {
    return NoConfig.class;
  }

  @Override
  public List<Action<?, ?>> actions() {
    return ACTIONS;
  }

  @Override
  public ConnectorSession open(NoConfig config, SessionContext context) {
    return ConnectorSession.NONE;
  }

  /** {@code counter.increment}: sets the variable {@code n} to {@code value + 1}. */
  static final class Increment implements Action<Increment.Input, Increment.Output> {

    /** The number to increment. */
    record Input(@Param("The current value.") long value) {}

    /** Writes {@code n}, the incremented value. */
    record Output(long n) implements AssignsVariables {
      @Override
      public Map<String, Object> assignments() {
        return Map.of("n", n);
      }
    }

    @Override
    public String name() {
      return "counter.increment";
    }

    @Override
    public String description() {
      return "Sets n to the given value plus one.";
    }

    @Override
    public Class<Input> inputType() {
      return Input.class;
    }

    @Override
    public Class<Output> outputType() {
      return Output.class;
    }

    @Override
    public boolean idempotent() {
      return true;
    }

    @Override
    public boolean sideEffectFree() {
      return true;
    }

    @Override
    public Output execute(Input input, ActionContext context) {
      return new Output(input.value() + 1);
    }
  }
}
