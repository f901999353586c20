package dev.ferry.document;

import dev.ferry.document.layout.DocumentLimits;
import dev.ferry.engine.spi.ConnectorSession;
import java.util.Objects;

/**
 * A {@code document} application's session. It holds only the limits: reading documents needs no
 * connection, so a session is always healthy and closing it releases nothing. Safe to use from any
 * thread.
 */
public final class DocumentSession implements ConnectorSession {
  private final DocumentLimits limits;

  public DocumentSession(DocumentLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  public DocumentLimits limits() {
    return limits;
  }

  @Override
  public void close() {
    // Nothing is held open between actions.
  }
}
