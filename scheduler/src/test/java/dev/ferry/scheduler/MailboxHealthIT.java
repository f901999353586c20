package dev.ferry.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.ferry.engine.spi.Secret;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mailbox the node cannot log in to, or one that stops answering, turns health red, saying why,
 * without the password.
 */
class MailboxHealthIT {
  private static final String DEFINITION =
      """
      process: invoice-intake
      version: 1
      trigger:
        mailbox: { account: ap }
      steps:
        - id: note
          action: log
          with: { message: "${trigger.subject}" }
      """;

  @TempDir Path data;

  @Test
  void aWrongPasswordTurnsHealthRedWithAReasonAndNoSecret() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
    mail.start();
    try (NodeFixture fixture = new NodeFixture(data)) {
      mail.setUser("ap@example.com", "ap", "right-password");
      var definition = fixture.definition(DEFINITION);
      NodeSettings settings = settings(port, "wrong-pw-42", Duration.ofSeconds(1));
      try (FerryNode node = new FerryNode(fixture.engine, List.of(definition), settings)) {
        node.start();
        NodeFixture.await(
            "health to turn red", Duration.ofSeconds(15), () -> !node.health().healthy());
        var health = NodeFixture.get(node.httpPort(), "/health");
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body())
            .contains("invoice-intake: mailbox imap://ap@127.0.0.1:" + port + " INBOX unreachable")
            .contains("check the server, the network and the account's password")
            .doesNotContain("wrong-pw-42");
        assertThat(NodeFixture.get(node.httpPort(), "/metrics").body())
            .contains("ferry_node_healthy 0.0");
      }
    } finally {
      mail.stop();
    }
  }

  @Test
  void aServerThatStopsAnsweringTurnsHealthRedAndGreenAgainWhenItAnswers() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
    mail.start();
    try (SilentProxy proxy = new SilentProxy(port);
        NodeFixture fixture = new NodeFixture(data)) {
      GreenMailUser user = mail.setUser("ap@example.com", "ap", "s3cret-pw");
      var definition = fixture.definition(DEFINITION);
      NodeSettings settings = settings(proxy.port(), "s3cret-pw", Duration.ofSeconds(2));
      try (FerryNode node = new FerryNode(fixture.engine, List.of(definition), settings)) {
        node.start();
        MimeMessage hello =
            GreenMailUtil.createTextEmail(
                "ap@example.com", "it@example.com", "Hello", "connected?", ServerSetupTest.SMTP);
        user.deliver(hello);
        NodeFixture.await(
            "the node to take the first message",
            Duration.ofSeconds(30),
            () -> fixture.transactions().size() == 1);
        assertThat(node.health().healthy()).isTrue();
        proxy.silence();
        NodeFixture.await(
            "health to turn red", Duration.ofSeconds(15), () -> !node.health().healthy());
        assertThat(NodeFixture.get(node.httpPort(), "/health").body())
            .contains("unreachable")
            .doesNotContain("s3cret-pw");
        proxy.speak();
        NodeFixture.await(
            "health to turn green again", Duration.ofSeconds(60), () -> node.health().healthy());
      }
    } finally {
      mail.stop();
    }
  }

  private static NodeSettings settings(int port, String password, Duration unreachableAfter) {
    return NodeSettings.builder()
        .httpPort(0)
        .pollInterval(Duration.ofMillis(200))
        .mailboxUnreachableAfter(unreachableAfter)
        .mailAccount("ap", new MailAccount("127.0.0.1", port, false, "ap", new Secret(password)))
        .build();
  }
}
