package dev.ferry.engine.core;

import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.ActionContext;
import dev.ferry.engine.spi.BusinessException;
import dev.ferry.engine.spi.DocumentRef;
import dev.ferry.engine.spi.Evidence;
import dev.ferry.engine.spi.Param;
import dev.ferry.engine.spi.SystemException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.util.List;

/** {@code mail.send}: sends a message through the application's SMTP server. */
final class MailSendAction implements Action<MailSendAction.Input, MailSendAction.Output> {

  record Input(
      @Param("Recipient addresses.") List<String> to,
      @Param(value = "Copy addresses.", optional = true) List<String> cc,
      @Param("The subject line.") String subject,
      @Param("The plain-text body.") String body,
      @Param(value = "Documents to attach.", optional = true) List<DocumentRef> attachments) {}

  record Output(String messageId) {}

  @Override
  public String name() {
    return "mail.send";
  }

  @Override
  public String description() {
    return "Sends a plain-text mail, with optional attachments, through an SMTP server.";
  }

  @Override
  public Class<Input> inputType() {
    return Input.class;
  }

  @Override
  public Class<Output> outputType() {
    return Output.class;
  }

  @Override
  public Output execute(Input input, ActionContext context) {
    MailConnector.MailSession mail = context.session(MailConnector.MailSession.class);
    try {
      MimeMessage message = new MimeMessage(mail.session());
      message.setFrom(new InternetAddress(mail.config().from(), true));
      message.setRecipients(Message.RecipientType.TO, addresses(input.to()));
      if (input.cc() != null && !input.cc().isEmpty()) {
        message.setRecipients(Message.RecipientType.CC, addresses(input.cc()));
      }
      message.setSubject(input.subject(), "UTF-8");
      if (input.attachments() == null || input.attachments().isEmpty()) {
        message.setText(input.body(), "UTF-8");
      } else {
        MimeMultipart parts = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText(input.body(), "UTF-8");
        parts.addBodyPart(text);
        for (DocumentRef document : input.attachments()) {
          MimeBodyPart part = new MimeBodyPart();
          part.attachFile(document.path().toFile(), document.mediaType(), null);
          part.setFileName(document.name());
          parts.addBodyPart(part);
        }
        message.setContent(parts);
      }
      message.saveChanges();
      if (mail.credentials() == null) {
        Transport.send(message);
      } else {
        Transport.send(
            message, mail.credentials().username(), mail.credentials().password().reveal());
      }
      context
          .evidence()
          .record(
              Evidence.text(
                  Evidence.Kind.NOTE,
                  "sent",
                  "to " + String.join(", ", input.to()) + ": " + input.subject()));
      return new Output(message.getMessageID());
    } catch (AddressException e) {
      throw new BusinessException("BAD_ADDRESS", "not a mail address: " + e.getRef());
    } catch (MessagingException | IOException e) {
      throw new SystemException(
          "cannot send mail through "
              + mail.config().host()
              + ":"
              + mail.config().port()
              + ": "
              + e.getMessage(),
          e);
    }
  }

  private static InternetAddress[] addresses(List<String> list) throws AddressException {
    if (list == null || list.isEmpty()) {
      throw new BusinessException("BAD_ADDRESS", "mail.send needs at least one recipient");
    }
    InternetAddress[] result = new InternetAddress[list.size()];
    for (int i = 0; i < list.size(); i++) {
      result[i] = new InternetAddress(list.get(i), true);
    }
    return result;
  }
}
