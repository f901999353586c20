package dev.ferry.engine.audit.report;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives test classes one {@link AuditLedgerFixture} for the whole run: opening a ledger (Flyway and
 * Hibernate) costs seconds, and the fixture is only read. JUnit closes it at the end.
 */
final class AuditLedgerExtension implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(AuditLedgerExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == AuditLedgerFixture.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            AuditLedgerFixture.class, type -> new AuditLedgerFixture(), AuditLedgerFixture.class);
  }
}
