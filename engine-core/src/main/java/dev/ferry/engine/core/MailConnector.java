package dev.ferry.engine.core;

import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.Connector;
import dev.ferry.engine.spi.ConnectorSession;
import dev.ferry.engine.spi.Credentials;
import dev.ferry.engine.spi.Param;
import dev.ferry.engine.spi.SessionContext;
import jakarta.mail.Session;
import java.util.List;
import java.util.Properties;

/** Sends mail through an SMTP server (Angus Mail). */
public final class MailConnector implements Connector<MailConnector.Config> {

  /** How outgoing mail is protected on the wire. */
  public enum Security {
    NONE,
    STARTTLS,
    SSL
  }

  /** An SMTP server. */
  public record Config(
      @Param("The SMTP server's host name.") String host,
      @Param(value = "The SMTP port.", defaultValue = "587") int port,
      @Param(value = "none, starttls or ssl.", defaultValue = "starttls") Security security,
      @Param("The sender address, such as ap-robot@example.com.") String from,
      @Param(value = "How long to wait for the server.", defaultValue = "30s")
          java.time.Duration timeout) {}

  /** An SMTP session factory with the resolved credentials; Angus connects per message. */
  record MailSession(Session session, Config config, Credentials credentials)
      implements ConnectorSession {
    @Override
    public void close() {}
  }

  @Override
  public String id() {
    return "mail";
  }

  @Override
  public String description() {
    return "Sends mail through an SMTP server.";
  }

  @Override
  public Class<Config> configType() {
    return Config.class;
  }

  @Override
  public List<Action<?, ?>> actions() {
    return List.of(new MailSendAction());
  }

  @Override
  public ConnectorSession open(Config config, SessionContext context) {
    Properties props = new Properties();
    String timeout = String.valueOf(config.timeout().toMillis());
    props.put("mail.smtp.host", config.host());
    props.put("mail.smtp.port", String.valueOf(config.port()));
    props.put("mail.smtp.connectiontimeout", timeout);
    props.put("mail.smtp.timeout", timeout);
    props.put("mail.smtp.writetimeout", timeout);
    if (config.security() == Security.STARTTLS) {
      props.put("mail.smtp.starttls.enable", "true");
      props.put("mail.smtp.starttls.required", "true");
      props.put("mail.smtp.ssl.checkserveridentity", "true");
    } else if (config.security() == Security.SSL) {
      props.put("mail.smtp.ssl.enable", "true");
      props.put("mail.smtp.ssl.checkserveridentity", "true");
    }
    Credentials credentials = null;
    if (context.credentials() != null) {
      credentials = context.secrets().credentials(context.credentials());
      props.put("mail.smtp.auth", "true");
    }
    return new MailSession(Session.getInstance(props), config, credentials);
  }
}
