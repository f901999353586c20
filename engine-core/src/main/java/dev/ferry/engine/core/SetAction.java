package dev.ferry.engine.core;

import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.ActionContext;
import dev.ferry.engine.spi.Param;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code set}: assigns process variables. */
final class SetAction implements Action<SetAction.Input, SetAction.Output> {

  /** The variables to set. */
  record Input(@Param("Variable names and their new values.") Map<String, Object> variables) {}

  /** Carries the assignments to the engine, which applies them to the transaction's variables. */
  record Output(Map<String, Object> variables) implements AssignsVariables {
    @Override
    public Map<String, Object> assignments() {
      return variables;
    }
  }

  @Override
  public String name() {
    return "set";
  }

  @Override
  public String description() {
    return "Sets one or more process variables.";
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
    return new Output(
        input.variables() == null ? Map.of() : new LinkedHashMap<>(input.variables()));
  }
}
