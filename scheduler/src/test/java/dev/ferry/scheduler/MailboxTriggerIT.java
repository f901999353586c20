package dev.ferry.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.ferry.engine.ledger.TransactionRecord;
import dev.ferry.engine.ledger.TransactionStatus;
import dev.ferry.engine.model.ProcessDefinition;
import dev.ferry.engine.spi.Secret;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 200 invoices mailed to a real IMAP server (GreenMail) while a node runs; the server is stopped in
 * the middle (losing its store, as a crashed server would) and the senders mail everything again
 * after it comes back. Every invoice must become exactly one transaction.
 */
@Tag("slow")
class MailboxTriggerIT {
  private static final String DEFINITION =
      """
      process: invoice-intake
      version: 1
      trigger:
        mailbox: { account: ap, folder: INBOX, subject: "^Invoice ", attachments: "*.pdf" }
      steps:
        - id: note
          action: log
          with: { message: "took ${trigger.subject}: ${trigger.attachments[0].name}" }
      """;

  @TempDir Path data;
  private GreenMail mail;
  private int smtpPort;
  private int imapPort;

  @AfterEach
  void stopMail() {
    if (mail != null) {
      mail.stop();
    }
  }

  @Test
  void everyInvoiceBecomesExactlyOneTransactionAcrossAMailServerRestart() throws Exception {
    smtpPort = freePort();
    imapPort = freePort();
    startMail();
    try (NodeFixture fixture = new NodeFixture(data)) {
      ProcessDefinition definition = fixture.definition(DEFINITION);
      NodeSettings settings =
          NodeSettings.builder()
              .workers(4)
              .httpPort(0)
              .pollInterval(Duration.ofMillis(500))
              .mailboxUnreachableAfter(Duration.ofSeconds(2))
              .mailAccount(
                  "ap",
                  new MailAccount("localhost", imapPort, false, "ap", new Secret("s3cret-pw")))
              .build();
      try (FerryNode node = new FerryNode(fixture.engine, List.of(definition), settings)) {
        node.start();
        for (int i = 1; i <= 100; i++) {
          send(i, "Invoice " + i);
        }
        send(1000, "Newsletter");
        NodeFixture.await(
            "50 transactions", Duration.ofSeconds(60), () -> fixture.transactions().size() >= 50);

        mail.stop();
        NodeFixture.await(
            "health to turn red", Duration.ofSeconds(30), () -> !node.health().healthy());
        var down = NodeFixture.get(node.httpPort(), "/health");
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.body()).contains("unreachable").doesNotContain("s3cret-pw");

        startMail();
        for (int i = 1; i <= 200; i++) {
          send(i, "Invoice " + i);
        }
        send(1000, "Newsletter");
        NodeFixture.await(
            "200 transactions to succeed",
            Duration.ofSeconds(120),
            () ->
                fixture.transactions().stream()
                        .filter(t -> t.status() == TransactionStatus.SUCCEEDED)
                        .count()
                    >= 200);
        try {
          NodeFixture.await(
              "the inbox to hold only the newsletter",
              Duration.ofSeconds(30),
              () -> inboxOnlyHoldsNewsletters());
        } catch (AssertionError e) {
          throw new AssertionError(e.getMessage() + "; left: " + inbox(), e);
        }
        assertThat(node.health().healthy()).isTrue();
        assertThat(NodeFixture.get(node.httpPort(), "/health").statusCode()).isEqualTo(200);
        assertThat(NodeFixture.get(node.httpPort(), "/metrics").body())
            .contains(
                "ferry_transactions_total{process=\"invoice-intake\",status=\"SUCCEEDED\"} 200.0");
      }

      List<TransactionRecord> all = fixture.transactions();
      Map<String, Long> perKey =
          all.stream()
              .collect(
                  Collectors.groupingBy(TransactionRecord::businessKey, Collectors.counting()));
      assertThat(all).hasSize(200);
      assertThat(perKey).hasSize(200).allSatisfy((key, count) -> assertThat(count).isEqualTo(1));
      assertThat(perKey).containsKey("<invoice-7@supplier.example>");
      assertThat(all)
          .allSatisfy(t -> assertThat(t.status()).isEqualTo(TransactionStatus.SUCCEEDED));
      TransactionRecord seventh =
          all.stream()
              .collect(Collectors.toMap(TransactionRecord::businessKey, Function.identity()))
              .get("<invoice-7@supplier.example>");
      assertThat(seventh.variablesJson()).contains("invoice-7.pdf").contains("uidValidity");
      try (var stored = Files.walk(data.resolve("documents"))) {
        assertThat(stored.filter(p -> p.getFileName().toString().equals("invoice-7.pdf")))
            .hasSize(1);
      }
    }
  }

  private void startMail() {
    mail =
        new GreenMail(
            new ServerSetup[] {
              new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
              new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
            });
    mail.start();
    mail.setUser("ap@example.com", "ap", "s3cret-pw");
  }

  private void send(int n, String subject) throws MessagingException {
    Properties props = new Properties();
    props.put("mail.smtp.host", "127.0.0.1");
    props.put("mail.smtp.port", String.valueOf(smtpPort));
    Session session = Session.getInstance(props);
    String id = "<invoice-" + n + "@supplier.example>";
    MimeMessage message =
        new MimeMessage(session) {
          @Override
          protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
          }
        };
    message.setFrom(new InternetAddress("billing@supplier.example"));
    message.setRecipients(Message.RecipientType.TO, "ap@example.com");
    message.setSubject(subject);
    MimeBodyPart text = new MimeBodyPart();
    text.setText("Please find invoice " + n + " attached.");
    MimeBodyPart pdf = new MimeBodyPart();
    pdf.setContent(
        ("%PDF-1.4 invoice " + n).getBytes(StandardCharsets.US_ASCII), "application/pdf");
    pdf.setFileName("invoice-" + n + ".pdf");
    pdf.setDisposition(MimeBodyPart.ATTACHMENT);
    message.setContent(new MimeMultipart(text, pdf));
    Transport.send(message);
  }

  private String inbox() throws MessagingException {
    Store store = Session.getInstance(new Properties()).getStore("imap");
    store.connect("127.0.0.1", imapPort, "ap", "s3cret-pw");
    try {
      Folder inbox = store.getFolder("INBOX");
      inbox.open(Folder.READ_ONLY);
      StringBuilder left = new StringBuilder();
      for (Message m : inbox.getMessages()) {
        left.append(m.getSubject()).append(' ').append(m.getFlags()).append("; ");
      }
      return left.toString();
    } finally {
      store.close();
    }
  }

  /** True when the inbox holds newsletters (which do not match) and nothing else. */
  private boolean inboxOnlyHoldsNewsletters() {
    try {
      String left = inbox();
      return !left.isEmpty() && left.replaceAll("Newsletter[^;]*; ", "").isEmpty();
    } catch (MessagingException e) {
      return false;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
