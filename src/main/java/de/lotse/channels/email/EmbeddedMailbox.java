package de.lotse.channels.email;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.view.RedirectView;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import de.lotse.organisation.NotAllowed;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffPrincipal;
import de.lotse.organisation.StaffRole;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * On the embedded default: what went through the embedded mail server, and a form to write to the concern mailbox as
 * a citizen would, so that mail can be followed end to end with no set-up. For administrators only (the mails hold
 * citizens' data); absent (404) wherever a real mail server is configured.
 */
@Controller
public class EmbeddedMailbox {

    static final String PATH = "/arbeit/testpostfach";

    /** One mail, as the page lists it. */
    public record Mail(int number, Instant sent, String from, String to, String subject, String text) {
    }

    /** What the page shows. */
    public record View(StaffMember admin, List<Mail> mails, String address, Optional<Integer> taken) {
    }

    private final ObjectProvider<GreenMail> embeddedMail;
    private final EmailInbox inbox;
    private final String address;

    EmbeddedMailbox(ObjectProvider<GreenMail> embeddedMail, EmailInbox inbox,
            @Value("${lotse.channels.email.address:anliegen@jobcenter.lotse.test}") String address) {
        this.embeddedMail = embeddedMail;
        this.inbox = inbox;
        this.address = address;
    }

    @GetMapping(PATH)
    String page(@AuthenticationPrincipal StaffPrincipal principal,
            @RequestParam(name = "abgeholt", required = false) Integer taken, Model model) {
        GreenMail greenMail = available();
        StaffMember admin = administrator(principal);
        MimeMessage[] received = greenMail.getReceivedMessages();
        List<Mail> mails = new ArrayList<>();
        for (int i = 0; i < received.length; i++) {
            mails.add(mail(i + 1, received[i]));
        }
        mails.sort(Comparator.comparing(Mail::number).reversed());
        model.addAttribute("view", new View(admin, mails, address, Optional.ofNullable(taken)));
        return "channels/mailbox";
    }

    /** Writes to the concern mailbox as a citizen would, then reads the mailbox at once instead of in 30 seconds. */
    @PostMapping(PATH)
    RedirectView write(@AuthenticationPrincipal StaffPrincipal principal, @RequestParam(required = false) String from,
            @RequestParam(required = false) String subject, @RequestParam(required = false) String text) {
        GreenMail greenMail = available();
        administrator(principal);
        String sender = from == null || !from.contains("@") ? "buerger@example.org" : from.strip();
        GreenMailUtil.sendTextEmail(address, sender, subject == null ? "" : subject, text == null ? "" : text,
                greenMail.getSmtp().getServerSetup());
        int taken = inbox.poll();
        RedirectView back = new RedirectView(PATH + "?abgeholt=" + taken, true);
        back.setStatusCode(HttpStatus.SEE_OTHER);
        return back;
    }

    private GreenMail available() {
        GreenMail greenMail = embeddedMail.getIfAvailable();
        if (greenMail == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return greenMail;
    }

    private static StaffMember administrator(StaffPrincipal principal) {
        if (principal.member().role() != StaffRole.ADMINISTRATOR) {
            throw new NotAllowed("the test mailbox is for administrators");
        }
        return principal.member();
    }

    private static Mail mail(int number, MimeMessage message) {
        try {
            String text;
            try {
                text = MailReading.text(message);
            } catch (java.io.IOException unreadable) {
                text = GreenMailUtil.getBody(message);
            }
            return new Mail(number, Optional.ofNullable(message.getSentDate()).map(java.util.Date::toInstant)
                    .orElse(Instant.EPOCH), MailReading.sender(message).orElse("–"),
                    Arrays.toString(Optional.ofNullable(message.getAllRecipients()).orElse(new jakarta.mail.Address[0]))
                            .replaceAll("^\\[|\\]$", ""),
                    MailReading.subject(message), text);
        } catch (MessagingException unreadable) {
            return new Mail(number, Instant.EPOCH, "–", "–", "–", "");
        }
    }
}
