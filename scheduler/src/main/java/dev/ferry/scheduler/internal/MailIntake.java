package dev.ferry.scheduler.internal;

import dev.ferry.engine.WorkItem;
import dev.ferry.engine.spi.DocumentRef;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a matching message into a work item, storing its attachments as documents. */
final class MailIntake {
  private static final Logger log = LoggerFactory.getLogger(MailIntake.class);

  private final DocumentStore documents;
  private final MailMatcher matcher;
  private final long maxBytes;
  private final Set<String> types;

  MailIntake(DocumentStore documents, MailMatcher matcher, long maxBytes, Set<String> types) {
    this.documents = documents;
    this.matcher = matcher;
    this.maxBytes = maxBytes;
    this.types = types;
  }

  MailMatcher matcher() {
    return matcher;
  }

  /** The business key of a message: its Message-ID, or a stand-in built from its UID. */
  static String businessKey(MimeMessage message, long uidValidity, long uid)
      throws MessagingException {
    String id = message.getMessageID();
    return id != null && !id.isBlank() ? id.trim() : "uid:" + uidValidity + ":" + uid;
  }

  WorkItem workItem(MimeMessage message, String folder, long uidValidity, long uid)
      throws MessagingException, IOException {
    Map<String, Object> trigger = new LinkedHashMap<>();
    trigger.put("kind", "mailbox");
    trigger.put("messageId", businessKey(message, uidValidity, uid));
    trigger.put("from", addresses(message.getFrom()));
    trigger.put("subject", message.getSubject() == null ? "" : message.getSubject());
    Instant received =
        message.getReceivedDate() == null ? Instant.now() : message.getReceivedDate().toInstant();
    trigger.put("receivedAt", received);
    trigger.put("folder", folder);
    trigger.put("uidValidity", uidValidity);
    trigger.put("uid", uid);
    List<DocumentRef> stored = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    for (Part part : MailParts.attachments(message)) {
      if (!matcher.takes(part)) {
        continue;
      }
      String name = part.getFileName();
      String type = baseType(part.getContentType());
      if (!allowed(type)) {
        refused.add(name + ": type " + type + " is not allowed");
        continue;
      }
      try (InputStream in = part.getInputStream()) {
        stored.add(documents.store(in, name, type, maxBytes));
      } catch (DocumentStore.DocumentTooLargeException e) {
        refused.add(e.getMessage());
      }
    }
    if (!refused.isEmpty()) {
      log.warn("message {}: refused attachments {}", trigger.get("messageId"), refused);
    }
    trigger.put("attachments", stored);
    trigger.put("refusedAttachments", refused);
    return new WorkItem(Map.of(), (String) trigger.get("messageId"), trigger, 0);
  }

  private boolean allowed(String type) {
    for (String allowed : types) {
      if (allowed.equals(type)
          || (allowed.endsWith("/*")
              && type.startsWith(allowed.substring(0, allowed.length() - 1)))) {
        return true;
      }
    }
    return false;
  }

  private static String baseType(String contentType) {
    try {
      return new ContentType(contentType).getBaseType().toLowerCase(Locale.ROOT);
    } catch (RuntimeException | jakarta.mail.internet.ParseException e) {
      return "application/octet-stream";
    }
  }

  private static String addresses(Address[] addresses) {
    if (addresses == null) {
      return "";
    }
    List<String> all = new ArrayList<>();
    for (Address a : addresses) {
      all.add(a.toString());
    }
    return String.join(", ", all);
  }
}
