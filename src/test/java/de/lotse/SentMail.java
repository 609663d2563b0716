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

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            return GreenMailUtil.getAddressList(message.getAllRecipients()).contains(address);
        } catch (MessagingException unreadable) {
            return false;
        }
    }
}
