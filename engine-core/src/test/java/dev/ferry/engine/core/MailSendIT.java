package dev.ferry.engine.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.ferry.engine.spi.ConnectorSession;
import dev.ferry.engine.spi.SecretRef;
import dev.ferry.engine.spi.SessionContext;
import dev.ferry.engine.spi.SystemException;
import dev.ferry.engine.spi.TransactionId;
import dev.ferry.engine.testing.TestActionContext;
import dev.ferry.engine.testing.TestSecrets;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MailSendIT {
  @RegisterExtension
  static GreenMailExtension mail =
      new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(true);

  private ConnectorSession open(int port, String credentials) {
    TestSecrets secrets = TestSecrets.credentials("smtp-robot", "robot", "s3cret-pass");
    mail.setUser("robot", "s3cret-pass");
    return new MailConnector()
        .open(
            new MailConnector.Config(
                "127.0.0.1",
                port,
                MailConnector.Security.NONE,
                "ap-robot@example.com",
                Duration.ofSeconds(5)),
            new SessionContext() {
              @Override
              public String applicationName() {
                return "smtp";
              }

              @Override
              public TransactionId transactionId() {
                return new TransactionId("tx-mail");
              }

              @Override
              public SecretRef credentials() {
                return credentials == null ? null : new SecretRef(credentials);
              }

              @Override
              public dev.ferry.engine.spi.SecretResolver secrets() {
                return secrets;
              }

              @Override
              public Path dataDirectory() {
                return Path.of("target");
              }
            });
  }

  @Test
  void sendsAMessageThroughARealSmtpServerWithAuthentication() throws Exception {
    ConnectorSession session = open(mail.getSmtp().getPort(), "smtp-robot");

    MailSendAction.Output output =
        new MailSendAction()
            .execute(
                new MailSendAction.Input(
                    List.of("supplier@example.com"),
                    null,
                    "Invoice INV-7 rejected",
                    "It has no total.",
                    null),
                TestActionContext.forSession(session));

    MimeMessage[] received = mail.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(received[0].getSubject()).isEqualTo("Invoice INV-7 rejected");
    assertThat(GreenMailUtil.getBody(received[0])).contains("It has no total.");
    assertThat(output.messageId()).isEqualTo(received[0].getMessageID());
  }

  @Test
  void aServerThatIsDownIsASystemFailureNamingHostAndPort() {
    ConnectorSession session = open(1, null);

    assertThatThrownBy(
            () ->
                new MailSendAction()
                    .execute(
                        new MailSendAction.Input(List.of("a@example.com"), null, "s", "b", null),
                        TestActionContext.forSession(session)))
        .isInstanceOf(SystemException.class)
        .hasMessageContaining("127.0.0.1:1");
  }
}
