package dev.ferry.engine;

import java.util.Objects;

/**
 * How one attempt of one step ended. This value is what the ledger and the audit trail record.
 * Create outcomes with the static factories.
 */
public sealed interface StepOutcome {

  /** The name stored in the ledger, such as {@code SUCCEEDED}. */
  String kind();

  record Succeeded() implements StepOutcome {
    @Override
    public String kind() {
      return "SUCCEEDED";
    }
  }

  /** The step's {@code if:} was false. */
  record Skipped() implements StepOutcome {
    @Override
    public String kind() {
      return "SKIPPED";
    }
  }

  record BusinessFailed(String code, String message) implements StepOutcome {
    public BusinessFailed {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(message, "message");
    }

    @Override
    public String kind() {
      return "BUSINESS_FAILED";
    }
  }

  /**
   * @param retryable whether another attempt may follow under the retry policy
   */
  record SystemFailed(String code, String message, boolean retryable) implements StepOutcome {
    public SystemFailed {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(message, "message");
    }

    @Override
    public String kind() {
      return "SYSTEM_FAILED";
    }
  }

  /** The step may or may not have taken effect; a person must decide. */
  record InDoubt(String reason) implements StepOutcome {
    @Override
    public String kind() {
      return "IN_DOUBT";
    }
  }

  record Cancelled(String reason) implements StepOutcome {
    @Override
    public String kind() {
      return "CANCELLED";
    }
  }

  static StepOutcome succeeded() {
    return new Succeeded();
  }

  static StepOutcome skipped() {
    return new Skipped();
  }

  static StepOutcome businessFailed(String code, String message) {
    return new BusinessFailed(code, message);
  }

  static StepOutcome systemFailed(String code, String message, boolean retryable) {
    return new SystemFailed(code, message, retryable);
  }

  static StepOutcome cancelled(String reason) {
    return new Cancelled(reason);
  }
}
