package dev.ferry.connector.terminal;

import dev.ferry.engine.spi.BusinessException;

/**
 * The host refused the input and said why, such as an IBM i display file check reported on the
 * error line ("Write Error Code"). Sending the same input again gets the same answer, so this is a
 * business failure ({@code HOST_REJECTED}), not a retry.
 */
public class HostRejectedException extends BusinessException {
  private static final long serialVersionUID = 1L;

  public HostRejectedException(String message) {
    super("HOST_REJECTED", message);
  }
}
