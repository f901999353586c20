package dev.ferry.scheduler.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Walks a MIME tree for the parts that are attachments. */
final class MailParts {
  private MailParts() {}

  static List<Part> attachments(Part message) throws MessagingException {
    List<Part> found = new ArrayList<>();
    collect(message, found);
    return found;
  }

  private static void collect(Part part, List<Part> found) throws MessagingException {
    try {
      if (part.isMimeType("multipart/*")) {
        Multipart multipart = (Multipart) part.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
          collect(multipart.getBodyPart(i), found);
        }
      } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())
          || (part.getFileName() != null && !part.isMimeType("text/plain"))) {
        found.add(part);
      }
    } catch (IOException e) {
      throw new MessagingException("cannot read a MIME part: " + e.getMessage(), e);
    }
  }
}
