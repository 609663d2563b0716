package de.lotse.channels.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.util.GreenMail;

import de.lotse.IntegrationTest;
import de.lotse.RealCsrf;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * Logs go to log collectors that keep them longer and show them to more people than the case files: a citizen's
 * name, address, words and status link must not end up there, whatever channel they came in on.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataStaysOutOfLogsIntegrationTest {

    private static final String MAILBOX = "anliegen@jobcenter.lotse.test";

    @Autowired MockMvc mvc;
    @Autowired EmailInbox inbox;
    @Autowired GreenMail mailServer;

    @Test
    void a_web_intake_logs_neither_name_nor_contact_nor_text_nor_status_link(CapturedOutput logs) throws Exception {
        String text = "Logprobe " + UUID.randomUUID() + ": Mein Vermieter droht mit Kündigung.";
        String location = mvc.perform(post("/anliegen").with(RealCsrf.from(mvc)).with(request -> {
            request.setRemoteAddr("10.7.0." + (int) (Math.random() * 250));
            return request;
        })
                .param("idempotencyKey", UUID.randomUUID().toString()).param("kind", "COMPLAINT")
                .param("description", text).param("postcode", "20095").param("name", "Lieselotte Logfrei")
                .param("contactChannel", "EMAIL").param("email", "lieselotte.logfrei@example.org")
                .param("phone", "0170 5550123").param("preferredLanguage", "de"))
                .andExpect(status().isSeeOther()).andReturn().getResponse().getRedirectedUrl();
        String secret = location.substring("/status/".length(), location.indexOf('?'));
        mvc.perform(get("/status/" + secret)).andExpect(status().isOk());

        assertThat(logs.getAll()).contains("received").doesNotContain(text, "Vermieter", "Lieselotte", "Logfrei",
                "lieselotte.logfrei@example.org", "5550123", secret);
    }

    @Test
    void an_email_intake_logs_neither_sender_nor_subject_nor_text(CapturedOutput logs) throws Exception {
        String sender = "mail-logprobe-" + UUID.randomUUID() + "@example.org";
        String raw = "From: Konrad Kontrolle <" + sender + ">\r\nTo: " + MAILBOX
                + "\r\nSubject: Mietschulden Logprobe\r\nMessage-ID: <" + UUID.randomUUID() + "@mailer.invalid>"
                + "\r\nDate: Thu, 26 Nov 2026 10:00:00 +0100\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\nMein Strom wird morgen abgestellt, Zählernummer 4711.\r\n";
        var user = mailServer.getUserManager().getUser(MAILBOX);
        if (user == null) {
            user = mailServer.setUser(MAILBOX, MAILBOX, MAILBOX);
        }
        user.deliver(new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.ISO_8859_1))));

        assertThat(inbox.poll()).isEqualTo(1);

        assertThat(logs.getAll()).contains("received").doesNotContain(sender, "Konrad", "Kontrolle", "Mietschulden",
                "Strom wird morgen", "4711");
    }
}
