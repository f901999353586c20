package dev.ferry.app;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.ferry.connector.terminal.testhost.ApLedgerHost;
import dev.ferry.connector.terminal.testhost.HostOptions;
import dev.ferry.connector.terminal.testhost.InvoiceBook;
import dev.ferry.connector.web.portal.PortalOptions;
import dev.ferry.connector.web.portal.SupplierPortal;
import dev.ferry.engine.secrets.EnvironmentSecretStore;
import dev.ferry.engine.spi.Secret;
import dev.ferry.scheduler.MailAccount;
import jakarta.mail.Flags;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The applications {@code ferry demo} works with, all in this JVM on 127.0.0.1: a mail server
 * (GreenMail, SMTP and IMAP) with the {@code ap-inbox} mailbox, the AP ledger on its TN5250 host,
 * and the supplier portal. It also knows the settings the supplier-invoice-intake definition needs
 * to reach them.
 */
final class DemoApplications implements AutoCloseable {
  static final String INBOX_ACCOUNT = "ap-inbox";
  private static final String INBOX_PASSWORD = "inbox-demo";

  private final GreenMail mailServer;
  private final GreenMailUser inbox;
  private final ApLedgerHost ledger;
  private final SupplierPortal portal;
  private final int smtpPort;
  private final int imapPort;

  private DemoApplications(
      GreenMail mailServer,
      GreenMailUser inbox,
      ApLedgerHost ledger,
      SupplierPortal portal,
      int smtpPort,
      int imapPort) {
    this.mailServer = mailServer;
    this.inbox = inbox;
    this.ledger = ledger;
    this.portal = portal;
    this.smtpPort = smtpPort;
    this.imapPort = imapPort;
  }

  /** Starts the three applications; stops those already up when one cannot start. */
  static DemoApplications start() {
    int smtpPort = freePort();
    int imapPort = freePort();
    GreenMail mailServer =
        new GreenMail(
            new ServerSetup[] {
              new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
              new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
            });
    mailServer.start();
    ApLedgerHost ledger = null;
    try {
      GreenMailUser inbox =
          mailServer.setUser(DemoInvoices.INBOX_ADDRESS, INBOX_ACCOUNT, INBOX_PASSWORD);
      ledger = ApLedgerHost.start(InvoiceBook.demo(), HostOptions.plain());
      SupplierPortal portal =
          SupplierPortal.start(
              PortalOptions.defaults(DemoAppsCommand.PORTAL_USER, DemoAppsCommand.PORTAL_PASSWORD));
      return new DemoApplications(mailServer, inbox, ledger, portal, smtpPort, imapPort);
    } catch (RuntimeException e) {
      if (ledger != null) {
        ledger.close();
      }
      mailServer.stop();
      throw e;
    }
  }

  /** The {@code config.*} values the definition reads: where each application listens. */
  Map<String, String> configValues() {
    Map<String, String> config = new LinkedHashMap<>();
    config.put("ledger.host", ledger.host());
    config.put("ledger.port", String.valueOf(ledger.port()));
    config.put("portal.url", portal.baseUri().toString());
    config.put("mail.host", "127.0.0.1");
    config.put("mail.port", String.valueOf(smtpPort));
    return config;
  }

  /** The credentials the definition names, as an environment secret store would hold them. */
  Map<String, String> secretVariables() {
    Map<String, String> secrets = new LinkedHashMap<>();
    secrets.put(
        EnvironmentSecretStore.variableFor("ledger-clerk.username"), DemoAppsCommand.LEDGER_USER);
    secrets.put(
        EnvironmentSecretStore.variableFor("ledger-clerk.password"),
        DemoAppsCommand.LEDGER_PASSWORD);
    secrets.put(
        EnvironmentSecretStore.variableFor("portal-user.username"), DemoAppsCommand.PORTAL_USER);
    secrets.put(
        EnvironmentSecretStore.variableFor("portal-user.password"),
        DemoAppsCommand.PORTAL_PASSWORD);
    return secrets;
  }

  /** The IMAP account the node watches. */
  MailAccount inboxAccount() {
    return new MailAccount("127.0.0.1", imapPort, false, INBOX_ACCOUNT, new Secret(INBOX_PASSWORD));
  }

  /** Mails an invoice from the supplier to the AP inbox over SMTP. */
  void send(DemoInvoices.Mail mail) {
    Properties props = new Properties();
    props.put("mail.smtp.host", "127.0.0.1");
    props.put("mail.smtp.port", String.valueOf(smtpPort));
    try {
      MimeMessage message =
          new MimeMessage(Session.getInstance(props)) {
            @Override
            protected void updateMessageID() throws MessagingException {
              setHeader("Message-ID", mail.messageId());
            }
          };
      message.setFrom(new InternetAddress(DemoInvoices.SUPPLIER_ADDRESS));
      message.setRecipients(Message.RecipientType.TO, DemoInvoices.INBOX_ADDRESS);
      message.setSubject(mail.subject());
      MimeBodyPart text = new MimeBodyPart();
      text.setText("Please find our invoice attached.");
      MimeBodyPart attachment = new MimeBodyPart();
      attachment.setContent(mail.pdf(), "application/pdf");
      attachment.setFileName(mail.fileName());
      attachment.setDisposition(MimeBodyPart.ATTACHMENT);
      message.setContent(new MimeMultipart(text, attachment));
      Transport.send(message);
    } catch (MessagingException e) {
      throw new IllegalStateException(
          "cannot mail " + mail.subject() + " to the demo mail server: " + e.getMessage(), e);
    }
  }

  /**
   * Mails still waiting in the inbox: the node moves a mail away once its transaction succeeds, and
   * flags it when the transaction failed or the mail was a duplicate.
   */
  long unsettledMails() {
    try {
      return mailServer.getManagers().getImapHostManager().getInbox(inbox).getMessages().stream()
          .filter(m -> !m.getFlags().contains(Flags.Flag.FLAGGED))
          .count();
    } catch (FolderException e) {
      throw new IllegalStateException("cannot read the demo inbox: " + e.getMessage(), e);
    }
  }

  /** The mails Ferry sent back to suppliers. */
  List<MimeMessage> replies() {
    return List.of(mailServer.getReceivedMessagesForDomain("supplier.example"));
  }

  ApLedgerHost ledger() {
    return ledger;
  }

  SupplierPortal portal() {
    return portal;
  }

  @Override
  public void close() {
    try (ledger;
        portal) {
      mailServer.stop();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on this machine: " + e.getMessage(), e);
    }
  }
}
