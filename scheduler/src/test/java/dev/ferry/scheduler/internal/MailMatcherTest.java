package dev.ferry.scheduler.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.engine.model.TriggerSpec;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MailMatcherTest {
  private static MimeMessage mail(String from, String subject, String attachment) throws Exception {
    MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
    m.setFrom(new InternetAddress(from));
    m.setSubject(subject);
    MimeBodyPart text = new MimeBodyPart();
    text.setText("body");
    MimeMultipart body = new MimeMultipart(text);
    if (attachment != null) {
      MimeBodyPart file = new MimeBodyPart();
      file.setContent(new byte[] {1, 2, 3}, "application/pdf");
      file.setFileName(attachment);
      body.addBodyPart(file);
    }
    m.setContent(body);
    m.saveChanges();
    return m;
  }

  @Test
  void matchesSenderSubjectAndAttachmentTogether() throws Exception {
    MailMatcher matcher =
        new MailMatcher(
            new TriggerSpec.Mailbox("ap", "INBOX", "@supplier\\.example$", "^Invoice", "*.pdf"));
    assertThat(matcher.matches(mail("billing@supplier.example", "Invoice 7", "inv-7.pdf")))
        .isTrue();
    assertThat(matcher.matches(mail("spam@other.example", "Invoice 7", "inv-7.pdf"))).isFalse();
    assertThat(matcher.matches(mail("billing@supplier.example", "Re: hello", "inv-7.pdf")))
        .isFalse();
    assertThat(matcher.matches(mail("billing@supplier.example", "Invoice 7", "inv-7.docx")))
        .isFalse();
    assertThat(matcher.matches(mail("billing@supplier.example", "Invoice 7", null))).isFalse();
  }

  @Test
  void withoutPatternsEveryMessageMatches() throws Exception {
    MailMatcher matcher = new MailMatcher(new TriggerSpec.Mailbox("ap", "INBOX", null, null, null));
    assertThat(matcher.matches(mail("anyone@example.com", "anything", null))).isTrue();
  }
}
