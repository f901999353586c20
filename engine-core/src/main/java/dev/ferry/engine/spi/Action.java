package dev.ferry.engine.spi;

/**
 * One typed operation in a session of an application, such as {@code web.click} or {@code
 * terminal.fill}.
 *
 * <p>The engine binds a step's YAML {@code with:} map to {@link #inputType()} when the definition
 * loads, so that a definition with a wrong or missing input is rejected before it runs. At run time
 * it evaluates the expressions in that map and calls {@link #execute} with a fully built input
 * record. The output record is what {@code save-as:} stores.
 *
 * <p>Actions are stateless and shared by all transactions; state belongs in the session. The engine
 * calls {@link #execute} from one thread at a time per session.
 *
 * @param <I> the input record; {@link NoConfig}-like empty records are fine
 * @param <O> the output record; {@link NoOutput} when there is none
 */
public interface Action<I extends Record, O extends Record> {

  /** The full name used in YAML, such as {@code web.click}: the connector's id, a dot, a verb. */
  String name();

  /** One plain-English sentence for the YAML reference and editor completion. */
  String description();

  Class<I> inputType();

  Class<O> outputType();

  /**
   * Whether running this action twice has the same effect as running it once: reads, navigation,
   * waits. After a crash, an idempotent step that started but did not commit is simply re-run. A
   * definition can override this per step with {@code idempotent:}.
   */
  default boolean idempotent() {
    return false;
  }

  /**
   * Whether the action changes nothing outside the transaction's own variables (setting a variable,
   * writing a log line). Such actions run for real in a dry run; all others are replaced by a
   * recording fake.
   */
  default boolean sideEffectFree() {
    return false;
  }

  /**
   * Whether this action signs on to its application, such as {@code terminal.sign-on}. When a
   * transaction resumes after a restart, its sessions are new, so the engine runs the last sign-on
   * again before the application's next step.
   */
  default boolean signsOn() {
    return false;
  }

  /**
   * Why this action cannot run on this machine, such as "Windows only", or null when it can. A
   * definition that uses an unavailable action fails validation with this reason.
   */
  default String unavailableReason() {
    return null;
  }

  /**
   * Runs the action.
   *
   * @param input never null
   * @param context the step's identity, deadline, cancellation, session, evidence sink and secrets
   * @return never null; {@link NoOutput#INSTANCE} when there is nothing to return
   * @throws BusinessException for an expected rule violation (never retried)
   * @throws SystemException for a technical failure (retried under the retry policy); any other
   *     runtime exception is treated as a system failure too
   */
  O execute(I input, ActionContext context);
}
