package de.lotse.channels.email;

import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import de.lotse.channels.Channel;
import de.lotse.channels.ChannelGateway;
import de.lotse.channels.DeliveryFailed;
import de.lotse.channels.OutboundMessage;
import de.lotse.concerns.Contact;
import de.lotse.concerns.ContactChannel;
import de.lotse.concerns.ConcernReplies.ReplyToDeliver;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/**
 * Replies by e-mail over SMTP: plain text and HTML (the same words, escaped), in the citizen's language, with the
 * reference in the subject and a fixed Message-ID, so that the citizen's answer threads back to the concern.
 */
@Component
class EmailGateway implements ChannelGateway {

    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource texts;
    private final String from;
    private final String replyTo;
    private final de.lotse.concerns.ReplyAddresses replyAddresses;

    EmailGateway(ObjectProvider<JavaMailSender> mail, MessageSource texts, de.lotse.concerns.ReplyAddresses replyAddresses,
            @Value("${lotse.mail.from:lotse@jobcenter.lotse.test}") String from,
            @Value("${lotse.channels.email.address:anliegen@jobcenter.lotse.test}") String replyTo) {
        this.mail = mail;
        this.texts = texts;
        this.from = from;
        this.replyTo = replyTo;
        this.replyAddresses = replyAddresses;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public Optional<String> recipient(ReplyToDeliver reply) {
        Contact contact = reply.contact();
        return contact.channel() == ContactChannel.EMAIL ? contact.email() : Optional.empty();
    }

    /** Someone who asked for a call and gave an e-mail address too hears there when we call. */
    @Override
    public Optional<String> noticeRecipient(ReplyToDeliver reply) {
        Contact contact = reply.contact();
        return contact.channel() == ContactChannel.PHONE ? contact.email() : recipient(reply);
    }

    @Override
    public Optional<String> send(OutboundMessage message) throws DeliveryFailed {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            throw new DeliveryFailed("no mail server configured", false, null);
        }
        Locale locale = message.language().locale();
        String reference = message.reference().value();
        try {
            MimeMessage mime = new FixedIdMimeMessage(sender.createMimeMessage(), message.externalId());
            mime.setFrom(new InternetAddress(from));
            // The concern's own reply address: answers find their concern even without the subject or In-Reply-To.
            int at = replyTo.indexOf('@');
            mime.setReplyTo(new InternetAddress[] { new InternetAddress(replyTo.substring(0, at) + "+"
                    + replyAddresses.tokenFor(message.concern()) + replyTo.substring(at)) });
            mime.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(message.recipient()));
            String plain;
            String html;
            if (message.reply().isPresent()) {
                ReplyToDeliver reply = message.reply().get();
                mime.setSubject(texts.getMessage("mail.reply.subject", new Object[] { reference }, locale), "UTF-8");
                String intro = texts.getMessage("mail.reply.intro", new Object[] { reference }, locale);
                String footer = texts.getMessage("mail.reply.footer", new Object[] { reference }, locale);
                plain = intro + "\n\n" + reply.text() + "\n\n-- \n" + footer + "\n";
                // Staff may write in another language than the frame's (German in an Arabic mail): it takes its own.
                html = "<p>" + paragraph(intro) + "</p><p dir=\"auto\">" + paragraph(reply.text()) + "</p><hr><p>"
                        + paragraph(footer) + "</p>";
            } else {
                mime.setSubject(message.subject().orElse(reference), "UTF-8");
                plain = message.text().orElse("");
                html = "<p>" + paragraph(plain).replace("<br><br>", "</p><p>") + "</p>";
            }
            mime.setHeader("Content-Language", message.language().htmlLang());
            html = "<!DOCTYPE html><html lang=\"" + message.language().htmlLang() + "\" dir=\""
                    + message.language().htmlDir() + "\"><head><meta charset=\"utf-8\"></head><body>" + html + "</body></html>";
            if (message.inReplyTo().isPresent()) {
                mime.setHeader("In-Reply-To", message.inReplyTo().get());
                mime.setHeader("References", message.inReplyTo().get());
            }
            // Plain text first, HTML second: mail programs show the last alternative they can, the HTML one.
            MimeBodyPart plainPart = new MimeBodyPart();
            plainPart.setText(plain, "UTF-8", "plain");
            MimeBodyPart htmlPart = new MimeBodyPart();
            htmlPart.setText(html, "UTF-8", "html");
            mime.setContent(new MimeMultipart("alternative", plainPart, htmlPart));
            mime.setSentDate(new java.util.Date());
            if (message.reply().isEmpty()) {
                // An acknowledgement is automatic (RFC 3834): mail systems should not answer it automatically again.
                mime.setHeader("Auto-Submitted", "auto-replied");
            }
            sender.send(mime);
            return Optional.empty(); // SMTP reports no more; bounces come back by mail
        } catch (MessagingException broken) {
            throw new DeliveryFailed("message could not be built: " + broken.getMessage(), true, broken);
        } catch (MailAuthenticationException refused) {
            throw new DeliveryFailed("mail server refused the login: " + refused.getMessage(), false, refused);
        } catch (MailSendException failed) {
            boolean badAddress = failed.getFailedMessages().values().stream()
                    .anyMatch(cause -> cause instanceof SendFailedException sendFailed
                            && sendFailed.getInvalidAddresses() != null && sendFailed.getInvalidAddresses().length > 0);
            throw new DeliveryFailed((badAddress ? "address refused: " : "mail server: ") + failed.getMessage(),
                    badAddress, failed);
        } catch (MailException failed) {
            throw new DeliveryFailed("mail server: " + failed.getMessage(), false, failed);
        }
    }

    private static String paragraph(String text) {
        return HtmlUtils.htmlEscape(text).replace("\r\n", "\n").replace("\n", "<br>");
    }

    /** Keeps the Message-ID fixed when queued; Jakarta Mail would otherwise make a new one on every save. */
    private static final class FixedIdMimeMessage extends MimeMessage {
        private final String messageId;

        FixedIdMimeMessage(MimeMessage base, String messageId) throws MessagingException {
            super(base.getSession());
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
