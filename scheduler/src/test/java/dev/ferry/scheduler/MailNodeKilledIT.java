package dev.ferry.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import dev.ferry.engine.ledger.Ledger;
import dev.ferry.engine.ledger.LedgerConfig;
import dev.ferry.engine.ledger.TransactionRecord;
import dev.ferry.engine.ledger.TransactionStatus;
import dev.ferry.engine.ledger.internal.HibernateLedger;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node is killed with SIGKILL in the middle of taking 48 messages, and started again: every
 * message must become exactly one transaction, and every transaction must end.
 */
@Tag("slow")
class MailNodeKilledIT {
  private static final int MESSAGES = 48;
  @TempDir Path dir;
  private GreenMail mail;
  private Process node;

  @AfterEach
  void stop() {
    if (node != null) {
      node.destroyForcibly();
    }
    if (mail != null) {
      mail.stop();
    }
  }

  @Test
  void aNodeKilledDuringIntakeLosesAndDoublesNothing() throws Exception {
    int imapPort = freePort();
    mail = new GreenMail(new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
    mail.start();
    var user = mail.setUser("ap@example.com", "ap", "s3cret-pw");
    for (int i = 1; i <= MESSAGES; i++) {
      MimeMessage m =
          GreenMailUtil.newMimeMessage(
              "Subject: Invoice " + i + "\r\nMessage-ID: <inv-" + i + "@x>\r\n\r\nbody");
      m.setFrom(new InternetAddress("billing@supplier.example"));
      user.deliver(m);
    }
    Path data = dir.resolve("data");

    node = start(data, imapPort);
    NodeFixture.await(
        "a third of the messages to be moved",
        Duration.ofSeconds(60),
        () -> processed(imapPort) >= MESSAGES / 3);
    node.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    int beforeKill = processed(imapPort);
    assertThat(beforeKill).as("killed in the middle").isLessThan(MESSAGES);

    node = start(data, imapPort);
    NodeFixture.await(
        "all messages to be moved", Duration.ofSeconds(90), () -> processed(imapPort) == MESSAGES);
    node.destroy();
    node.waitFor(30, TimeUnit.SECONDS);
    node = null;

    try (Ledger ledger = HibernateLedger.open(LedgerConfig.h2File(data))) {
      List<TransactionRecord> all = ledger.transactionsSince(Instant.EPOCH);
      Map<String, Long> perKey =
          all.stream()
              .collect(
                  Collectors.groupingBy(TransactionRecord::businessKey, Collectors.counting()));
      assertThat(perKey)
          .hasSize(MESSAGES)
          .allSatisfy((key, count) -> assertThat(count).isEqualTo(1));
      assertThat(all)
          .allSatisfy(t -> assertThat(t.status()).isEqualTo(TransactionStatus.SUCCEEDED));
    }
  }

  private Process start(Path data, int imapPort) throws IOException {
    Files.createDirectories(data);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            MailNodeMain.class.getName(),
            data.toString(),
            String.valueOf(imapPort))
        .redirectErrorStream(true)
        .redirectOutput(
            ProcessBuilder.Redirect.appendTo(Path.of("target", "mail-node-killed.log").toFile()))
        .start();
  }

  /** Messages moved to Processed, or -1 when the folder is not there yet. */
  private static int processed(int imapPort) {
    try {
      Store store = Session.getInstance(new Properties()).getStore("imap");
      store.connect("127.0.0.1", imapPort, "ap", "s3cret-pw");
      try {
        Folder folder = store.getFolder("Processed");
        if (!folder.exists()) {
          return 0;
        }
        folder.open(Folder.READ_ONLY);
        int count = 0;
        for (Message m : folder.getMessages()) {
          if (!m.getFlags().contains(Flags.Flag.DELETED)) {
            count++;
          }
        }
        return count;
      } finally {
        store.close();
      }
    } catch (MessagingException e) {
      return -1;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
