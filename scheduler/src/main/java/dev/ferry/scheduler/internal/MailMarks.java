package dev.ferry.scheduler.internal;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens to a message once its transaction has ended. The keywords let a restarted node skip
 * messages that were settled but could not be moved.
 */
final class MailMarks {
  private static final Logger log = LoggerFactory.getLogger(MailMarks.class);

  /** Set on a message whose transaction succeeded but which could not be moved. */
  static final String DONE = "$FerryDone";

  /** Set (with \Flagged) on a message whose transaction did not succeed. */
  static final String FAILED = "$FerryFailed";

  private MailMarks() {}

  static boolean isSettled(Message message) throws MessagingException {
    Flags flags = message.getFlags();
    if (flags.contains(Flags.Flag.DELETED)) {
      return true;
    }
    Flags permanent = message.getFolder().getPermanentFlags();
    if (permanent == null || !permanent.contains(Flags.Flag.USER)) {
      return flags.contains(Flags.Flag.FLAGGED);
    }
    return flags.contains(DONE) || flags.contains(FAILED);
  }

  /** Moves the message to {@code target}, creating it if needed; flags it when that fails. */
  static void moveOrMark(IMAPFolder folder, Message message, String target)
      throws MessagingException {
    try {
      Folder processed = folder.getStore().getFolder(target);
      if (!processed.exists() && !processed.create(Folder.HOLDS_MESSAGES)) {
        throw new MessagingException("the server refused to create folder " + target);
      }
      folder.moveMessages(new Message[] {message}, processed);
    } catch (jakarta.mail.MethodNotSupportedException | jakarta.mail.FolderNotFoundException e) {
      log.warn(
          "cannot move a processed message to {} ({}); flagging it {} instead",
          target,
          e.getMessage(),
          DONE);
      mark(message, DONE, false);
    }
  }

  static void markFailed(Message message) throws MessagingException {
    mark(message, FAILED, true);
  }

  private static void mark(Message message, String keyword, boolean flagged)
      throws MessagingException {
    Flags flags = new Flags(Flags.Flag.SEEN);
    if (flagged) {
      flags.add(Flags.Flag.FLAGGED);
    }
    Flags permanent = message.getFolder().getPermanentFlags();
    if (permanent != null && permanent.contains(Flags.Flag.USER)) {
      flags.add(keyword);
    } else {
      // Without keywords, \Flagged is the only mark that survives; a person flagging mail by
      // hand in this folder then also hides it from the trigger.
      flags.add(Flags.Flag.FLAGGED);
    }
    message.setFlags(flags, true);
  }
}
