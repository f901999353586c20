package dev.ferry.scheduler.internal;

import dev.ferry.engine.TransactionResult;
import dev.ferry.engine.WorkItem;
import dev.ferry.engine.ledger.TransactionStatus;
import dev.ferry.engine.model.ProcessDefinition;
import dev.ferry.engine.model.TriggerSpec;
import dev.ferry.scheduler.MailAccount;
import dev.ferry.scheduler.NodeSettings;
import jakarta.mail.FetchProfile;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches one IMAP folder for a definition: each matching message becomes one work item whose
 * business key is its Message-ID. The message stays where it is until its transaction has ended,
 * then it is moved (success) or flagged (failure), so a node that stops in between takes it again
 * after a restart and the engine drops the repeat by business key.
 */
public final class MailboxTrigger implements Trigger {
  private static final Logger log = LoggerFactory.getLogger(MailboxTrigger.class);

  private volatile ProcessDefinition definition;
  private final TriggerSpec.Mailbox spec;
  private final NodeSettings settings;
  private final Dispatcher pool;
  private final MailIntake intake;
  private final MailboxConnection connection;
  private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
  private final Set<Long> ignored = ConcurrentHashMap.newKeySet();
  private final ConcurrentLinkedQueue<Settlement> settlements = new ConcurrentLinkedQueue<>();
  private volatile boolean running;
  private long nextUid = 1;
  private long highestSeenUid;
  private int countBeforeWait = -1;
  private Thread thread;

  /** A transaction that has ended, waiting for its message to be moved or flagged. */
  private record Settlement(long uidValidity, long uid, String key, boolean succeeded) {}

  public MailboxTrigger(
      ProcessDefinition definition,
      MailAccount account,
      NodeSettings settings,
      Dispatcher pool,
      DocumentStore documents,
      Clock clock) {
    this.definition = definition;
    this.spec = (TriggerSpec.Mailbox) definition.trigger();
    this.settings = settings;
    this.pool = pool;
    this.intake =
        new MailIntake(
            documents,
            new MailMatcher(spec),
            settings.maxAttachmentBytes(),
            settings.attachmentTypes());
    this.connection =
        new MailboxConnection(
            account,
            spec.folder(),
            settings.pollInterval(),
            settings.mailboxUnreachableAfter(),
            clock);
  }

  @Override
  public void start() {
    running = true;
    thread = new Thread(this::loop, "ferry-mailbox-" + definition.name());
    thread.setDaemon(true);
    thread.start();
  }

  private void loop() {
    while (running) {
      boolean failed = false;
      try {
        IMAPFolder folder = connection.open();
        nextUid = 1;
        highestSeenUid = 0;
        countBeforeWait = -1;
        ignored.clear();
        while (running && folder.isOpen()) {
          settle(folder);
          scan(folder);
          settle(folder);
          connection.answered();
          if (settlements.isEmpty() && !arrivedSinceScan(folder)) {
            countBeforeWait = folder.getMessageCount();
            connection.waitForMail();
          }
        }
      } catch (MessagingException e) {
        if (running) {
          connection.failed(e);
          failed = true;
        }
      } catch (RuntimeException e) {
        // Angus Mail throws IllegalStateException when the folder was closed under a command. No
        // error may end the watcher: it reconnects as after any other lost connection.
        if (running) {
          log.error("{}: watching {} failed; reconnecting", definition.name(), spec.folder(), e);
          connection.failed(new MessagingException(String.valueOf(e.getMessage()), e));
          failed = true;
        }
      } catch (InterruptedException e) {
        return;
      } finally {
        connection.disconnect();
      }
      if (failed) {
        try {
          connection.pause();
        } catch (InterruptedException e) {
          return;
        }
      }
    }
  }

  /**
   * Looks at messages from {@code nextUid} on: all of them after a (re)connect, then only new ones,
   * so that a busy inbox is not fetched again after every transaction.
   */
  private void scan(IMAPFolder folder) throws MessagingException, InterruptedException {
    Message[] messages = messagesToLookAt(folder);
    FetchProfile profile = new FetchProfile();
    profile.add(FetchProfile.Item.ENVELOPE);
    profile.add(FetchProfile.Item.FLAGS);
    // The structure too, in the same round trip: the attachment pattern needs it.
    profile.add(FetchProfile.Item.CONTENT_INFO);
    profile.add(UIDFolder.FetchProfileItem.UID);
    folder.fetch(messages, profile);
    long uidValidity = folder.getUIDValidity();
    long retryFrom = Long.MAX_VALUE;
    for (Message message : messages) {
      if (!running) {
        return;
      }
      long uid = folder.getUID(message);
      if (uid < nextUid) {
        // UID n:* always returns the last message, even when its UID is below n.
        continue;
      }
      nextUid = Math.max(nextUid, uid + 1);
      highestSeenUid = Math.max(highestSeenUid, uid);
      if (message.isExpunged() || ignored.contains(uid) || MailMarks.isSettled(message)) {
        continue;
      }
      MimeMessage mime = (MimeMessage) message;
      if (!intake.matcher().matches(mime)) {
        ignored.add(uid);
        continue;
      }
      String key = MailIntake.businessKey(mime, uidValidity, uid);
      if (!inFlight.add(key)) {
        // A second copy of a message still running: look again once that one has settled.
        retryFrom = Math.min(retryFrom, uid);
        continue;
      }
      // Until a worker has the message, nothing else will take it out of flight: whatever fails
      // here (a folder closed under the read throws IllegalStateException) must, or the message
      // would wait for itself forever.
      boolean submitted = false;
      try {
        WorkItem item = intake.workItem(mime, spec.folder(), uidValidity, uid);
        pool.submit(definition, item, (result, error) -> ended(uidValidity, uid, key, result));
        submitted = true;
      } catch (IOException e) {
        if (!folder.isOpen()) {
          throw new jakarta.mail.FolderClosedException(folder, e.getMessage());
        }
        retryFrom = Math.min(retryFrom, uid);
        log.error(
            "{}: cannot store the attachments of message {} ({}); it is tried again later",
            definition.name(),
            key,
            e.getMessage());
      } finally {
        if (!submitted) {
          inFlight.remove(key);
        }
      }
    }
    nextUid = Math.min(nextUid, retryFrom);
  }

  /**
   * After a wait, the messages past those the folder held before it: the server has already
   * announced them (EXISTS), so finding them takes no round trip, one of the three that used to
   * stand between a mail's arrival and its transaction. Otherwise (after a reconnect, after this
   * node moved mail, while a message waits to be tried again) everything from {@code nextUid} on,
   * asked of the server by UID. Mail the shortcut misses (another client expunged during the wait,
   * or no EXISTS came) is found by {@link #arrivedSinceScan} before the next wait.
   */
  private Message[] messagesToLookAt(IMAPFolder folder) throws MessagingException {
    int before = countBeforeWait;
    countBeforeWait = -1;
    if (before < 0 || nextUid <= highestSeenUid) {
      return folder.getMessagesByUID(nextUid, UIDFolder.LASTUID);
    }
    int now = folder.getMessageCount();
    return now > before ? folder.getMessages(before + 1, now) : new Message[0];
  }

  /**
   * Whether a message came in after the last scan, asked of the server by UID. IDLE only reports
   * mail that arrives while it waits, and some servers (GreenMail among them) now and then send no
   * EXISTS at all, so mail that came during a scan would otherwise wait for the next poll.
   */
  private boolean arrivedSinceScan(IMAPFolder folder) throws MessagingException {
    for (Message message : folder.getMessagesByUID(highestSeenUid + 1, UIDFolder.LASTUID)) {
      if (folder.getUID(message) > highestSeenUid) {
        return true;
      }
    }
    return false;
  }

  private void ended(long uidValidity, long uid, String key, TransactionResult result) {
    boolean succeeded = result != null && result.status() == TransactionStatus.SUCCEEDED;
    settlements.add(new Settlement(uidValidity, uid, key, succeeded));
    connection.wake();
  }

  private void settle(IMAPFolder folder) throws MessagingException {
    Settlement s;
    while ((s = settlements.peek()) != null) {
      if (s.uidValidity() == folder.getUIDValidity()) {
        Message message = folder.getMessageByUID(s.uid());
        if (message != null && !message.isExpunged()) {
          if (s.succeeded()) {
            MailMarks.moveOrMark(folder, message, settings.processedMailFolder());
            // Moving renumbers the messages after it, so the count taken before the wait no
            // longer tells where new mail starts.
            countBeforeWait = -1;
          } else {
            MailMarks.markFailed(message);
          }
        }
      } else {
        log.warn(
            "{}: {} changed UIDVALIDITY; message {} is left where it is",
            definition.name(),
            spec.folder(),
            s.key());
      }
      settlements.poll();
      inFlight.remove(s.key());
    }
  }

  @Override
  public void use(ProcessDefinition newer) {
    definition = newer;
  }

  @Override
  public Optional<String> problem() {
    return connection.problem().map(p -> definition.name() + ": " + p);
  }

  @Override
  public void close() {
    running = false;
    connection.wake();
    connection.shutdown();
    if (thread != null) {
      thread.interrupt();
      try {
        thread.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
