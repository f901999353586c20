package dev.ferry.connector.web.action;

import dev.ferry.connector.web.internal.WebSession;
import dev.ferry.connector.web.internal.WebStep;
import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.ActionContext;
import java.time.Duration;

/**
 * The shape every web action shares: find the session, run on its live page under the browser's
 * lock, then record the URL and a screenshot as the step's evidence.
 */
abstract class WebAction<I extends Record, O extends Record> implements Action<I, O> {
  private final String name;
  private final String description;
  private final Class<I> inputType;
  private final Class<O> outputType;

  WebAction(String name, String description, Class<I> inputType, Class<O> outputType) {
    this.name = name;
    this.description = description;
    this.inputType = inputType;
    this.outputType = outputType;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final String description() {
    return description;
  }

  @Override
  public final Class<I> inputType() {
    return inputType;
  }

  @Override
  public final Class<O> outputType() {
    return outputType;
  }

  @Override
  public final O execute(I input, ActionContext context) {
    WebSession session = context.session(WebSession.class);
    return session.perform(name, target(input), context, timeout(input), step -> run(input, step));
  }

  /** The selector or URL this input is about, named in failure messages. */
  abstract String target(I input);

  /** The input's own timeout, or null for the application's. */
  Duration timeout(I input) {
    return null;
  }

  abstract O run(I input, WebStep step);
}
