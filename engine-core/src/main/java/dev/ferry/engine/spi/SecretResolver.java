package dev.ferry.engine.spi;

/**
 * Resolves secret references for an action or session. Every value it returns is registered for
 * redaction, so it cannot leak into logs, the ledger or exports.
 */
public interface SecretResolver {
  /**
   * @throws BusinessException with code {@code SECRET_NOT_FOUND} when the store has no such secret
   */
  Secret resolve(SecretRef ref);

  /**
   * Resolves the credentials stored under {@code ref}: the secrets {@code <name>.username} and
   * {@code <name>.password}.
   */
  default Credentials credentials(SecretRef ref) {
    return new Credentials(
        resolve(new SecretRef(ref.name() + ".username")).reveal(),
        resolve(new SecretRef(ref.name() + ".password")));
  }
}
