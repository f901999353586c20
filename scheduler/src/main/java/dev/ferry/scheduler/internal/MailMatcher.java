package dev.ferry.scheduler.internal;

import dev.ferry.engine.model.TriggerSpec;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.regex.Pattern;

/** Decides whether a message is for a mailbox trigger: sender, subject and attachment names. */
final class MailMatcher {
  private final Pattern from;
  private final Pattern subject;
  private final PathMatcher attachments;

  MailMatcher(TriggerSpec.Mailbox spec) {
    this.from = spec.from() == null ? null : Pattern.compile(spec.from());
    this.subject = spec.subject() == null ? null : Pattern.compile(spec.subject());
    this.attachments =
        spec.attachments() == null
            ? null
            : FileSystems.getDefault().getPathMatcher("glob:" + spec.attachments());
  }

  boolean matches(MimeMessage message) throws MessagingException {
    if (from != null && !senderMatches(message.getFrom())) {
      return false;
    }
    if (subject != null) {
      String s = message.getSubject();
      if (s == null || !subject.matcher(s).find()) {
        return false;
      }
    }
    return attachments == null || MailParts.attachments(message).stream().anyMatch(this::takes);
  }

  /** Whether an attachment is one the trigger passes on. */
  boolean takes(Part part) {
    try {
      String name = part.getFileName();
      return name != null
          && (attachments == null || attachments.matches(Path.of(DocumentStore.safeName(name))));
    } catch (MessagingException e) {
      return false;
    }
  }

  private boolean senderMatches(Address[] senders) {
    if (senders == null) {
      return false;
    }
    for (Address a : senders) {
      if (from.matcher(a.toString()).find()) {
        return true;
      }
    }
    return false;
  }
}
