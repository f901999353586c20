package dev.ferry.bench.triggers;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.ferry.definition.DefinitionLoader;
import dev.ferry.engine.ConnectorRegistry;
import dev.ferry.engine.EngineConfig;
import dev.ferry.engine.FerryEngine;
import dev.ferry.engine.ledger.Ledger;
import dev.ferry.engine.ledger.LedgerConfig;
import dev.ferry.engine.ledger.TransactionRecord;
import dev.ferry.engine.ledger.internal.HibernateLedger;
import dev.ferry.engine.spi.Secret;
import dev.ferry.scheduler.FerryNode;
import dev.ferry.scheduler.MailAccount;
import dev.ferry.scheduler.NodeSettings;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.event.MessageCountAdapter;
import jakarta.mail.event.MessageCountEvent;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.angus.mail.imap.IMAPFolder;

/**
 * How long after a mail arrives its transaction starts, with IMAP IDLE, next to a baseline in the
 * same run: a plain Angus Mail IDLE listener on the same GreenMail server, which only hears that a
 * message exists. Ferry's figure includes fetching the message, storing its PDF attachment, and
 * creating the transaction in the ledger (H2 in memory).
 *
 * <p>Mails are sent one at a time; each latency runs from the moment the SMTP send starts to the
 * listener's notification (baseline) or to the transaction's creation time in the ledger (Ferry).
 *
 * <p>Each mail is sent once the previous one has been handled (its transaction has ended) and a gap
 * has passed, so that it finds the node waiting in IDLE, as mail usually does; a gap of 0 sends the
 * next mail while the node is still settling the previous one.
 *
 * <p>Arguments: {@code [mails per round (default 50)] [rounds (default 3)] [gap ms (default 500)]}.
 */
public final class MailLatencyBench {
  private static final String DEFINITION =
      """
      process: mail-latency
      version: 1
      trigger:
        mailbox: { account: ap, folder: INBOX, attachments: "*.pdf" }
      steps:
        - id: note
          action: log
          with: { message: "mail ${trigger.messageId}" }
        - id: keep-the-mail-in-the-inbox
          fail: { kind: business, code: BENCH, message: "flagged, not moved" }
      """;

  /**
   * The node's poll interval. With IDLE it only renews IDLE and bounds how long a mail waits when
   * the server sends no EXISTS for it, which GreenMail now and then does (see docs/benchmarks.md).
   */
  private static final Duration POLL = Duration.ofSeconds(1);

  private MailLatencyBench() {}

  public static void main(String[] args) throws Exception {
    int perRound = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Duration gap = Duration.ofMillis(args.length > 2 ? Long.parseLong(args[2]) : 500);
    List<Double> baseline = new ArrayList<>();
    List<Double> ferry = new ArrayList<>();
    List<String> rows = new ArrayList<>();
    for (int round = 1; round <= rounds; round++) {
      List<Double> b = baselineRound(perRound, gap);
      List<Double> f = ferryRound(perRound, gap);
      baseline.addAll(b);
      ferry.addAll(f);
      rows.add(
          String.format(
              Locale.ROOT,
              "| %d | %.1f | %.1f | %.1f | %.1f | %.2f |",
              round,
              percentile(b, 50),
              percentile(b, 99),
              percentile(f, 50),
              percentile(f, 99),
              percentile(f, 50) / percentile(b, 50)));
    }
    System.out.printf(
        "Mail arrival to transaction start, %d mails x %d rounds, one at a time, %d ms after the"
            + " previous one was handled, IMAP IDLE%n%n",
        perRound, rounds, gap.toMillis());
    System.out.println(
        "| round | baseline p50 ms | baseline p99 ms | Ferry p50 ms | Ferry p99 ms | Ferry / baseline p50 |");
    System.out.println("|---|---|---|---|---|---|");
    rows.forEach(System.out::println);
    System.out.printf(
        Locale.ROOT,
        "| all | %.1f | %.1f | %.1f | %.1f | %.2f |%n%nGoal: Ferry p50 under 250 ms.%n",
        percentile(baseline, 50),
        percentile(baseline, 99),
        percentile(ferry, 50),
        percentile(ferry, 99),
        percentile(ferry, 50) / percentile(baseline, 50));
  }

  /** A plain IDLE listener: milliseconds from send to the server's EXISTS notification. */
  private static List<Double> baselineRound(int mails, Duration gap) throws Exception {
    try (MailServer server = MailServer.start()) {
      Store store = Session.getInstance(new Properties()).getStore("imap");
      store.connect("127.0.0.1", server.imapPort, "ap", "ap-pw");
      IMAPFolder folder = (IMAPFolder) store.getFolder("INBOX");
      folder.open(Folder.READ_ONLY);
      BlockingQueue<Instant> heard = new LinkedBlockingQueue<>();
      folder.addMessageCountListener(
          new MessageCountAdapter() {
            @Override
            public void messagesAdded(MessageCountEvent e) {
              Instant now = Instant.now();
              for (int i = 0; i < e.getMessages().length; i++) {
                heard.add(now);
              }
            }
          });
      Thread idler =
          new Thread(
              () -> {
                try {
                  while (folder.isOpen()) {
                    folder.idle();
                  }
                } catch (MessagingException | IllegalStateException closed) {
                  // the round is over
                }
              },
              "baseline-idle");
      idler.start();
      Thread.sleep(300);
      List<Double> latencies = new ArrayList<>();
      for (int i = 0; i < mails; i++) {
        Instant sent = server.send("<baseline-" + i + "@bench>");
        Instant at = heard.poll(10, TimeUnit.SECONDS);
        if (at == null) {
          throw new IllegalStateException("the IDLE listener did not hear mail " + i);
        }
        latencies.add(millis(sent, at));
        Thread.sleep(gap.toMillis());
      }
      folder.close(false);
      store.close();
      idler.join(5000);
      return latencies;
    }
  }

  /** A Ferry node with a mailbox trigger: milliseconds from send to the transaction's creation. */
  private static List<Double> ferryRound(int mails, Duration gap) throws Exception {
    Path data = Files.createTempDirectory("ferry-mail-bench");
    try (MailServer server = MailServer.start();
        Ledger ledger =
            HibernateLedger.open(LedgerConfig.h2InMemory("mail-bench-" + UUID.randomUUID()))) {
      ConnectorRegistry registry = ConnectorRegistry.discover();
      DefinitionLoader loader = new DefinitionLoader(registry);
      NodeSettings settings =
          NodeSettings.builder()
              .workers(2)
              .httpPort(-1)
              .pollInterval(POLL)
              .mailAccount(
                  "ap",
                  new MailAccount("127.0.0.1", server.imapPort, false, "ap", new Secret("ap-pw")))
              .build();
      try (FerryEngine engine =
              new FerryEngine(
                  EngineConfig.builder(ledger)
                      .connectors(registry)
                      .dataDirectory(data)
                      .definitionParser(loader::load)
                      .build());
          FerryNode node =
              new FerryNode(engine, List.of(loader.load("bench.yaml", DEFINITION)), settings)) {
        node.start();
        Thread.sleep(500);
        List<Double> latencies = new ArrayList<>();
        for (int i = 0; i < mails; i++) {
          String id = "<ferry-" + i + "@bench>";
          Instant sent = server.send(id);
          TransactionRecord tx = awaitTransaction(ledger, id, sent);
          latencies.add(millis(sent, tx.createdAt()));
          awaitEnd(ledger, tx);
          Thread.sleep(gap.toMillis());
        }
        return latencies;
      }
    }
  }

  private static TransactionRecord awaitTransaction(Ledger ledger, String key, Instant since)
      throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < end) {
      Optional<TransactionRecord> tx =
          ledger.transactionsSince(since.minusSeconds(1)).stream()
              .filter(t -> key.equals(t.businessKey()))
              .findFirst();
      if (tx.isPresent()) {
        return tx.get();
      }
      Thread.sleep(2);
    }
    throw new IllegalStateException("no transaction for " + key + " within 20 s");
  }

  /** Waits until the transaction has ended, so the next mail finds the node idle, in IDLE. */
  private static void awaitEnd(Ledger ledger, TransactionRecord tx) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < end) {
      if (ledger.transaction(tx.id()).orElseThrow().status().isFinal()) {
        return;
      }
      Thread.sleep(2);
    }
    throw new IllegalStateException(tx.id() + " did not end within 20 s");
  }

  private static double millis(Instant from, Instant to) {
    return Duration.between(from, to).toNanos() / 1e6;
  }

  private static double percentile(List<Double> values, int percent) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  /** GreenMail on free loopback ports with the mailbox ap; sends mails with a small PDF. */
  private static final class MailServer implements AutoCloseable {
    private static final byte[] PDF = "%PDF-1.4\n%bench\n".getBytes(StandardCharsets.US_ASCII);
    final GreenMail mail;
    final int smtpPort;
    final int imapPort;

    private MailServer(GreenMail mail, int smtpPort, int imapPort) {
      this.mail = mail;
      this.smtpPort = smtpPort;
      this.imapPort = imapPort;
    }

    static MailServer start() throws IOException {
      int smtp = freePort();
      int imap = freePort();
      GreenMail mail =
          new GreenMail(
              new ServerSetup[] {
                new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imap, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
              });
      mail.start();
      mail.setUser("ap@bench", "ap", "ap-pw");
      return new MailServer(mail, smtp, imap);
    }

    /** Sends one mail with a PDF attached; returns when the send started. */
    Instant send(String messageId) throws MessagingException {
      Properties props = new Properties();
      props.put("mail.smtp.host", "127.0.0.1");
      props.put("mail.smtp.port", String.valueOf(smtpPort));
      MimeMessage message =
          new MimeMessage(Session.getInstance(props)) {
            @Override
            protected void updateMessageID() throws MessagingException {
              setHeader("Message-ID", messageId);
            }
          };
      message.setFrom(new InternetAddress("supplier@bench"));
      message.setRecipients(Message.RecipientType.TO, "ap@bench");
      message.setSubject("Invoice " + messageId);
      MimeBodyPart text = new MimeBodyPart();
      text.setText("Invoice attached.");
      MimeBodyPart attachment = new MimeBodyPart();
      attachment.setContent(PDF, "application/pdf");
      attachment.setFileName("invoice.pdf");
      message.setContent(new MimeMultipart(text, attachment));
      Instant started = Instant.now();
      Transport.send(message);
      return started;
    }

    @Override
    public void close() {
      mail.stop();
    }

    private static int freePort() throws IOException {
      try (ServerSocket socket = new ServerSocket(0)) {
        return socket.getLocalPort();
      }
    }
  }
}
