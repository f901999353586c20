package dev.ferry.engine.core;

import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.ActionContext;
import dev.ferry.engine.spi.BusinessException;
import dev.ferry.engine.spi.NoOutput;
import dev.ferry.engine.spi.Param;

/** {@code assert}: a business rule; when it does not hold, the transaction fails as business. */
final class AssertAction implements Action<AssertAction.Input, NoOutput> {

  record Input(
      @Param("The rule, usually \"${...}\"; it must be true.") boolean condition,
      @Param(
              value = "The business failure code when it is false.",
              defaultValue = "ASSERTION_FAILED")
          String code,
      @Param(value = "What to tell the person who reviews the case.", optional = true)
          String message) {}

  @Override
  public String name() {
    return "assert";
  }

  @Override
  public String description() {
    return "Checks a business rule and fails the transaction as a business failure if it is false.";
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
  public boolean idempotent() {
    return true;
  }

  @Override
  public boolean sideEffectFree() {
    return true;
  }

  @Override
  public NoOutput execute(Input input, ActionContext context) {
    if (!input.condition()) {
      throw new BusinessException(
          input.code(),
          input.message() != null
              ? input.message()
              : "the rule of step " + context.stepPath() + " does not hold");
    }
    return NoOutput.INSTANCE;
  }
}
