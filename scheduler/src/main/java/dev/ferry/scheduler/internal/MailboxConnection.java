package dev.ferry.scheduler.internal;

import dev.ferry.scheduler.MailAccount;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.event.MessageCountAdapter;
import jakarta.mail.event.MessageCountEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One IMAP connection to one folder: connects, waits for new mail with IDLE (or by polling when the
 * server has no IDLE), and keeps a heartbeat: when the server last answered. Health turns red when
 * it has not answered for the configured time, wherever the watcher happens to be waiting.
 */
final class MailboxConnection {
  private static final Logger log = LoggerFactory.getLogger(MailboxConnection.class);

  /** How soon a wake-up is sent again while the watcher has not taken it. */
  private static final long NUDGE_MILLIS = 100;

  private final MailAccount account;
  private final String folderName;
  private final Duration poll;
  private final Duration unreachableAfter;
  private final Clock clock;
  private final Session session;
  private final Object monitor = new Object();
  private final ScheduledExecutorService ticker;
  private volatile Store store;
  private volatile IMAPFolder folder;
  private volatile boolean idleWorks = true;
  private volatile Instant lastAnswer;
  private volatile String lastError;
  private volatile boolean reportedDown;
  private boolean woken;
  private boolean nudging;

  MailboxConnection(
      MailAccount account, String folder, Duration poll, Duration unreachableAfter, Clock clock) {
    this.account = account;
    this.folderName = folder;
    this.poll = poll;
    this.unreachableAfter = unreachableAfter;
    this.clock = clock;
    this.lastAnswer = clock.instant();
    this.session = Session.getInstance(properties(account, poll));
    this.ticker =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "ferry-mailbox-ticker");
              t.setDaemon(true);
              return t;
            });
    // IDLE is renewed every poll interval: servers drop idle connections after ~30 minutes, and
    // a dead connection without a FIN is only noticed when something is sent.
    ticker.scheduleWithFixedDelay(
        this::wake, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
  }

  private static Properties properties(MailAccount account, Duration poll) {
    String protocol = account.ssl() ? "imaps" : "imap";
    Properties props = new Properties();
    props.put("mail.store.protocol", protocol);
    props.put("mail." + protocol + ".connectiontimeout", "10000");
    props.put("mail." + protocol + ".timeout", String.valueOf(poll.toMillis() * 3 + 10_000));
    props.put("mail." + protocol + ".writetimeout", "10000");
    if (account.ssl()) {
      props.put("mail.imaps.ssl.checkserveridentity", "true");
    }
    return props;
  }

  IMAPFolder open() throws MessagingException {
    Store s = session.getStore();
    store = s;
    s.connect(account.host(), account.port(), account.user(), account.password().reveal());
    IMAPFolder f = (IMAPFolder) s.getFolder(folderName);
    if (!f.exists()) {
      throw new jakarta.mail.FolderNotFoundException(
          f, "folder " + folderName + " does not exist in " + account.describe());
    }
    f.open(Folder.READ_WRITE);
    // New mail reported in the answer to any command (such as another thread's NOOP) wakes the
    // watcher too, not only mail that arrives while it is in IDLE.
    f.addMessageCountListener(
        new MessageCountAdapter() {
          @Override
          public void messagesAdded(MessageCountEvent e) {
            wake();
          }
        });
    folder = f;
    answered();
    if (reportedDown) {
      log.info("mailbox {} {} is reachable again", account.describe(), folderName);
    }
    lastError = null;
    reportedDown = false;
    log.info("watching {} {}", account.describe(), folderName);
    return f;
  }

  /** Waits until the server reports new mail, {@link #wake()} is called, or the poll interval. */
  void waitForMail() throws MessagingException, InterruptedException {
    synchronized (monitor) {
      if (woken) {
        woken = false;
        return;
      }
    }
    IMAPFolder f = folder;
    if (idleWorks && f != null) {
      try {
        f.idle(true);
        answered();
        // What woke IDLE is handled by the scan that follows, so the wake-up is taken.
        synchronized (monitor) {
          woken = false;
        }
        return;
      } catch (jakarta.mail.FolderClosedException | jakarta.mail.StoreClosedException e) {
        throw e;
      } catch (MessagingException e) {
        idleWorks = false;
        log.info(
            "{} does not support IDLE ({}); polling every {} ms",
            account.describe(),
            e.getMessage(),
            poll.toMillis());
      }
    }
    synchronized (monitor) {
      if (!woken) {
        monitor.wait(poll.toMillis());
      }
      woken = false;
    }
  }

  /**
   * Ends a wait: IDLE is interrupted by sending any command on the folder. A wake-up that comes
   * just before the watcher starts IDLE is spent before IDLE can hear it, so it is sent again every
   * {@value #NUDGE_MILLIS} ms until the watcher has taken it.
   */
  void wake() {
    boolean firstNudge;
    synchronized (monitor) {
      woken = true;
      monitor.notifyAll();
      firstNudge = !nudging;
      nudging = true;
    }
    if (firstNudge) {
      nudge();
    }
  }

  /**
   * Interrupts IDLE, again every {@value #NUDGE_MILLIS} ms while the watcher has not woken. With no
   * open folder the watcher is not in IDLE, and it sees the wake-up before it waits again.
   */
  private void nudge() {
    IMAPFolder f = folder;
    boolean open = f != null && f.isOpen();
    synchronized (monitor) {
      if (!woken || !open) {
        nudging = false;
        return;
      }
    }
    try {
      f.doCommand(
          p -> {
            p.simpleCommand("NOOP", null);
            return null;
          });
      answered();
      ticker.schedule(this::nudge, NUDGE_MILLIS, TimeUnit.MILLISECONDS);
    } catch (MessagingException | RuntimeException e) {
      log.debug("waking the mailbox watcher: {}", e.getMessage());
      synchronized (monitor) {
        nudging = false;
      }
    }
  }

  /** Records that the server has just answered: the heartbeat that keeps health green. */
  void answered() {
    lastAnswer = clock.instant();
  }

  void failed(MessagingException e) {
    lastError = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    Duration down = Duration.between(lastAnswer, clock.instant());
    if (!reportedDown && down.compareTo(unreachableAfter) >= 0) {
      reportedDown = true;
      log.error(
          "mailbox {} {} unreachable for {}s: {}; health is red until it answers again",
          account.describe(),
          folderName,
          down.toSeconds(),
          lastError);
    } else {
      log.warn(
          "mailbox {} {} unreachable ({}); retrying in {} ms",
          account.describe(),
          folderName,
          lastError,
          poll.toMillis());
    }
  }

  void pause() throws InterruptedException {
    synchronized (monitor) {
      monitor.wait(poll.toMillis());
      woken = false;
    }
  }

  Optional<String> problem() {
    Duration down = Duration.between(lastAnswer, clock.instant());
    if (down.compareTo(unreachableAfter) < 0) {
      return Optional.empty();
    }
    return Optional.of(
        "mailbox "
            + account.describe()
            + " "
            + folderName
            + " unreachable for "
            + down.toSeconds()
            + "s ("
            + (lastError == null ? "no answer" : lastError)
            + "); check the server, the network and the account's password");
  }

  void disconnect() {
    IMAPFolder f = folder;
    folder = null;
    Store s = store;
    try {
      if (f != null && f.isOpen()) {
        f.close(false);
      }
    } catch (MessagingException | RuntimeException e) {
      log.debug("closing {}: {}", folderName, e.getMessage());
    }
    try {
      if (s != null) {
        s.close();
      }
    } catch (MessagingException | RuntimeException e) {
      log.debug("closing {}: {}", account.describe(), e.getMessage());
    }
  }

  void shutdown() {
    ticker.shutdownNow();
    disconnect();
  }
}
