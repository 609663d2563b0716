package de.lotse;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** What Lotse sent through the embedded mail server, waited for: sending happens after the commit, from the outbox. */
public final class SentMail {

    private SentMail() {
    }

    /** The mails to this address, once there are at least {@code atLeast} (or what there is after 15 seconds). */
    public static List<MimeMessage> to(GreenMail mailServer, String address, int atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        List<MimeMessage> found = List.of();
        while (System.nanoTime() < deadline) {
            found = Arrays.stream(mailServer.getReceivedMessages()).filter(message -> addressedTo(message, address)).toList();
            if (found.size() >= atLeast) {
                return found;
            }
            Thread.sleep(100);
        }
        return found;
    }

    /** The decoded plain-text part of a mail (charset and transfer encoding undone). */
    public static String plainText(MimeMessage message) throws MessagingException, java.io.IOException {
        Object content = message.getContent();
        if (content instanceof jakarta.mail.Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                if (parts.getBodyPart(i).isMimeType("text/plain")) {
                    return (String) parts.getBodyPart(i).getContent();
                }
            }
            throw new AssertionError("no text/plain part");
        }
        return (String) content;
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            return GreenMailUtil.getAddressList(message.getAllRecipients()).contains(address);
        } catch (MessagingException unreadable) {
            return false;
        }
    }
}
