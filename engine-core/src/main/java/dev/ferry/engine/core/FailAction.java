package dev.ferry.engine.core;

import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.ActionContext;
import dev.ferry.engine.spi.BusinessException;
import dev.ferry.engine.spi.NoOutput;
import dev.ferry.engine.spi.Param;
import dev.ferry.engine.spi.SystemException;

/** {@code fail}: ends the transaction with a business or a system failure. */
final class FailAction implements Action<FailAction.Input, NoOutput> {

  /** Which kind of failure to raise. */
  enum Kind {
    BUSINESS,
    SYSTEM
  }

  record Input(
      @Param("A stable upper-case code, such as NO_TOTAL.") String code,
      @Param("What went wrong, for the person who reviews the case.") String message,
      @Param(value = "business or system.", defaultValue = "business") Kind kind) {}

  @Override
  public String name() {
    return "fail";
  }

  @Override
  public String description() {
    return "Fails the transaction on purpose, as a business or a system failure.";
  }

  @Override
  public Class<Input> inputType() {
    return Input.class;
  }

  @Override
  public Class<NoOutput> outputType() {
    return NoOutput.class;
  }

  @Override
  public boolean sideEffectFree() {
    return true;
  }

  @Override
  public NoOutput execute(Input input, ActionContext context) {
    if (input.kind() == Kind.SYSTEM) {
      throw new SystemException(input.code() + ": " + input.message());
    }
    throw new BusinessException(input.code(), input.message());
  }
}
