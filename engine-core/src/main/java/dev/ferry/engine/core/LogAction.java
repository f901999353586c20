package dev.ferry.engine.core;

import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.ActionContext;
import dev.ferry.engine.spi.Evidence;
import dev.ferry.engine.spi.NoOutput;
import dev.ferry.engine.spi.Param;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code log}: writes a line to the node's log and to the step's evidence. */
final class LogAction implements Action<LogAction.Input, NoOutput> {
  private static final Logger log = LoggerFactory.getLogger("ferry.process");

  /** How loud a log line is. */
  enum Level {
    INFO,
    WARN,
    ERROR
  }

  record Input(
      @Param("The text to log; may contain ${...}.") String message,
      @Param(value = "info, warn or error.", defaultValue = "info") Level level) {}

  @Override
  public String name() {
    return "log";
  }

  @Override
  public String description() {
    return "Writes a message to the log and the step's evidence.";
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
    String message = input.message() == null ? "" : input.message();
    switch (input.level() == null ? Level.INFO : input.level()) {
      case WARN -> log.warn("{}: {}", context.stepPath(), message);
      case ERROR -> log.error("{}: {}", context.stepPath(), message);
      default -> log.info("{}: {}", context.stepPath(), message);
    }
    context.evidence().record(Evidence.text(Evidence.Kind.NOTE, "log", message));
    return NoOutput.INSTANCE;
  }
}
