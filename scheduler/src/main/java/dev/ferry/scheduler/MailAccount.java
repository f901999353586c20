package dev.ferry.scheduler;

import dev.ferry.engine.spi.Secret;
import java.util.Objects;

/**
 * An IMAP mailbox that {@code trigger: mailbox:} names by {@code account}.
 *
 * @param host the IMAP server's host name
 * @param port the IMAP port, such as 993 for IMAPS or 143 for IMAP
 * @param ssl true for IMAPS (TLS from the first byte, server identity checked)
 * @param user the login name
 * @param password the login password; never shown in logs or messages
 */
public record MailAccount(String host, int port, boolean ssl, String user, Secret password) {
  public MailAccount {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    if (host.isBlank()) {
      throw new IllegalArgumentException("a mail account needs a host name");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("mail port " + port + " is not between 1 and 65535");
    }
  }

  /** Where the account points, for logs: {@code imaps://user@host:993}; never the password. */
  public String describe() {
    return (ssl ? "imaps" : "imap") + "://" + user + "@" + host + ":" + port;
  }
}
