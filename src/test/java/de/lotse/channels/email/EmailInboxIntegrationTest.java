package de.lotse.channels.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.IntegrationTest;
import de.lotse.RealCsrf;
import de.lotse.SentMail;
import de.lotse.channels.InboundMessages.Outcome;
import de.lotse.concerns.CaseWork;
import de.lotse.concerns.Concern;
import de.lotse.concerns.ConcernDraft;
import de.lotse.concerns.ConcernIntake;
import de.lotse.concerns.Receipt;
import de.lotse.concerns.TimelineEntry;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffAccounts;
import de.lotse.organisation.StaffMember;
import de.lotse.language.Language;
import de.lotse.organisation.StaffRole;
import de.lotse.staff.StaffFixtures;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** Mail to the concern mailbox becomes a concern or a message on one, once, through the real (embedded) IMAP server. */
@IntegrationTest
class EmailInboxIntegrationTest {

    private static final String MAILBOX = "anliegen@jobcenter.lotse.test";

    @Autowired EmailInbox inbox;
    @Autowired GreenMail mailServer;
    @Autowired CaseWork caseWork;
    @Autowired ConcernIntake intake;
    @Autowired StaffAccounts accounts;
    @Autowired Sites sites;
    @Autowired CurrentJobcenter jobcenter;
    @Autowired JdbcClient jdbc;
    @Autowired org.springframework.test.web.servlet.MockMvc mvc;

    private final Session session = Session.getInstance(new Properties());

    private StaffMember agent() {
        return new StaffFixtures(accounts, sites, jobcenter).member(StaffRole.AGENT, "mitte");
    }

    private void deliver(String raw) throws Exception {
        GreenMailUser user = mailServer.getUserManager().getUser(MAILBOX);
        if (user == null) {
            user = mailServer.setUser(MAILBOX, MAILBOX, MAILBOX);
        }
        user.deliver(new MimeMessage(session, new ByteArrayInputStream(raw.getBytes(StandardCharsets.ISO_8859_1))));
    }

    private static String mail(String from, String messageId, String subject, String extraHeaders, String body) {
        return "From: " + from + "\r\nTo: " + MAILBOX + "\r\nSubject: " + subject + "\r\nMessage-ID: " + messageId
                + "\r\nDate: Thu, 26 Nov 2026 10:00:00 +0100\r\nMIME-Version: 1.0\r\n" + extraHeaders
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + body + "\r\n";
    }

    private Optional<Concern> concernOfSender(String sender) {
        return jdbc.sql("SELECT k.reference, s.code FROM concern k JOIN site s ON s.id = k.site_id WHERE k.contact_email = ?")
                .param(sender)
                .query((rs, row) -> caseWork.open(new StaffFixtures(accounts, sites, jobcenter).member(StaffRole.AGENT,
                        rs.getString("code")), rs.getString("reference")))
                .optional();
    }

    private List<MimeMessage> mailsTo(String address, int atLeast) throws Exception {
        return SentMail.to(mailServer, address, atLeast);
    }

    @Test
    void a_new_email_becomes_a_concern_at_the_central_site_and_is_acknowledged_with_reference_and_status_link()
            throws Exception {
        String sender = "neu-" + UUID.randomUUID() + "@example.org";
        deliver(mail("Erika Muster <" + sender + ">", "<" + UUID.randomUUID() + "@example.org>", "Weiterbewilligung", "",
                "Guten Tag,\r\nmein Antrag liegt seit sechs Wochen.\r\n\r\nAm 1.11.2026 schrieb Jobcenter:\r\n> alt"));

        assertThat(inbox.poll()).isEqualTo(1);

        Concern concern = concernOfSender(sender).orElseThrow();
        assertThat(concern.content().description()).contains("Betreff: Weiterbewilligung", "mein Antrag liegt seit sechs Wochen")
                .doesNotContain("> alt");
        assertThat(concern.content().name()).contains("Erika Muster");
        assertThat(sites.byId(concern.site().orElseThrow()).orElseThrow().code()).isEqualTo("mitte");
        MimeMessage ack = mailsTo(sender, 1).get(0);
        assertThat(ack.getSubject()).contains(concern.reference().value());
        assertThat(ack.getHeader("Auto-Submitted")[0]).isEqualTo("auto-replied");
        assertThat(GreenMailUtil.getBody(ack)).contains("/status/");
        assertThat(inbox.poll()).as("the mailbox is empty after the commit").isZero();
        assertThat(jdbc.sql("SELECT content FROM channel_delivery WHERE recipient = ?").param(sender)
                .query((rs, row) -> Optional.ofNullable(rs.getString("content"))).single())
                .as("the status link is not kept once sent").isEmpty();
    }

    @Test
    void a_mail_in_english_is_acknowledged_in_english_and_staff_see_english_as_the_answer_language() throws Exception {
        String sender = "english-" + UUID.randomUUID() + "@example.org";
        deliver(mail(sender, "<" + UUID.randomUUID() + "@example.org>", "My payment", "",
                "Hello, I have not received any money for three weeks and I do not know how to pay my rent."));

        assertThat(inbox.poll()).isEqualTo(1);

        Concern concern = concernOfSender(sender).orElseThrow();
        assertThat(concern.content().preferredLanguage()).isEqualTo(Language.ENGLISH);
        MimeMessage ack = mailsTo(sender, 1).get(0);
        assertThat(ack.getSubject()).isEqualTo("Your request " + concern.reference().value() + " has reached the Jobcenter");
        assertThat(SentMail.plainText(ack)).contains("your e-mail has reached us").doesNotContain("Guten Tag");
    }

    @Test
    void a_mail_in_ukrainian_is_acknowledged_in_ukrainian_only() throws Exception {
        String sender = "ukrainian-" + UUID.randomUUID() + "@example.org";
        deliver(mail(sender, "<" + UUID.randomUUID() + "@example.org>", "=?UTF-8?B?"
                + java.util.Base64.getEncoder().encodeToString("Гроші".getBytes(StandardCharsets.UTF_8)) + "?=", "",
                new String("Добрий день, я вже три тижні не отримую грошей і не знаю, як заплатити за квартиру."
                        .getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)));

        assertThat(inbox.poll()).isEqualTo(1);

        Concern concern = concernOfSender(sender).orElseThrow();
        assertThat(concern.content().preferredLanguage()).isEqualTo(Language.UKRAINIAN);
        MimeMessage ack = mailsTo(sender, 1).get(0);
        assertThat(ack.getSubject()).isEqualTo("Ваше звернення " + concern.reference().value() + " надійшло до Jobcenter");
        assertThat(SentMail.plainText(ack)).contains("Добрий день!", concern.reference().value())
                .doesNotContain("Guten Tag", "— English —");
    }

    @Test
    void a_short_mail_is_answered_in_the_language_its_mail_program_declares() throws Exception {
        String sender = "short-" + UUID.randomUUID() + "@example.org";
        deliver(mail(sender, "<" + UUID.randomUUID() + "@example.org>", "Help", "Content-Language: en-GB\r\n",
                "Call me pls"));

        assertThat(inbox.poll()).isEqualTo(1);

        assertThat(concernOfSender(sender).orElseThrow().content().preferredLanguage()).isEqualTo(Language.ENGLISH);
    }

    @Test
    void an_answer_to_our_reply_joins_its_concern_once_even_when_delivered_twice() throws Exception {
        String sender = "antwort-" + UUID.randomUUID() + "@example.org";
        Receipt receipt = intake.submit(new ConcernDraft("QUESTION", null, null, "Frage zur Miete", null, null, null,
                "20095", false, "EMAIL", sender, null, "de", false), Optional.of(UUID.randomUUID().toString()));
        String reference = receipt.reference().value();
        caseWork.reply(agent(), reference, caseWork.open(agent(), reference).version(), "Bitte schicken Sie den Mietvertrag.");
        String ourMessageId = mailsTo(sender, 1).get(0).getMessageID();
        String answer = mail(sender, "<" + UUID.randomUUID() + "@example.org>", "Re: was auch immer",
                "In-Reply-To: " + ourMessageId + "\r\nReferences: " + ourMessageId + "\r\n",
                "Der Mietvertrag kommt morgen per Post.\r\n\r\n> Bitte schicken Sie den Mietvertrag.");

        deliver(answer);
        deliver(answer);
        assertThat(inbox.poll()).isEqualTo(2);

        List<TimelineEntry> messages = caseWork.open(agent(), reference).timeline().stream()
                .filter(entry -> entry.type() == TimelineEntry.Type.CITIZEN_MESSAGE).toList();
        assertThat(messages).singleElement()
                .satisfies(entry -> assertThat(entry.body()).contains("Der Mietvertrag kommt morgen per Post."));
    }

    @Test
    void mail_to_the_concerns_own_reply_address_joins_it_from_any_sender_and_a_forged_one_does_not() throws Exception {
        String citizen = "plus-" + UUID.randomUUID() + "@example.org";
        Receipt receipt = intake.submit(new ConcernDraft("QUESTION", null, null, "Frage", null, null, null, "20095", false,
                "EMAIL", citizen, null, "de", false), Optional.of(UUID.randomUUID().toString()));
        String reference = receipt.reference().value();
        caseWork.reply(agent(), reference, caseWork.open(agent(), reference).version(), "Bitte Nachweis schicken.");
        String replyAddress = ((jakarta.mail.internet.InternetAddress) mailsTo(citizen, 1).get(0).getReplyTo()[0]).getAddress();
        assertThat(replyAddress).startsWith("anliegen+").endsWith("@jobcenter.lotse.test");
        String counsellor = "beratung-" + UUID.randomUUID() + "@example.org";
        String forged = replyAddress.replaceAll("[0-9a-f](@)", "0$1").equals(replyAddress)
                ? replyAddress.replaceAll("[0-9a-f](@)", "1$1") : replyAddress.replaceAll("[0-9a-f](@)", "0$1");

        inbox.take(session, ("From: " + counsellor + "\r\nTo: " + replyAddress + "\r\nSubject: Nachweis\r\nMessage-ID: <"
                + UUID.randomUUID() + "@example.org>\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nAnbei der Nachweis, weitergeleitet.\r\n")
                .getBytes(StandardCharsets.UTF_8));
        String stranger = "falsch-" + UUID.randomUUID() + "@example.org";
        inbox.take(session, ("From: " + stranger + "\r\nTo: " + forged + "\r\nSubject: Nachweis\r\nMessage-ID: <"
                + UUID.randomUUID() + "@example.org>\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nGefälscht.\r\n")
                .getBytes(StandardCharsets.UTF_8));

        List<TimelineEntry> messages = caseWork.open(agent(), reference).timeline().stream()
                .filter(entry -> entry.type() == TimelineEntry.Type.CITIZEN_MESSAGE).toList();
        assertThat(messages).singleElement()
                .satisfies(entry -> assertThat(entry.body()).contains("Anbei der Nachweis, weitergeleitet."));
        assertThat(concernOfSender(stranger)).isPresent();
    }

    @Test
    void a_stranger_naming_a_reference_starts_a_concern_of_their_own() throws Exception {
        Receipt receipt = intake.submit(new ConcernDraft("QUESTION", null, null, "Meins", null, null, null, "20095", false,
                "EMAIL", "besitzer-" + UUID.randomUUID() + "@example.org", null, "de", false), Optional.empty());
        String stranger = "fremd-" + UUID.randomUUID() + "@example.org";
        deliver(mail(stranger, "<" + UUID.randomUUID() + "@example.org>", "Zu " + receipt.reference().value(), "",
                "Ich will das sehen."));

        inbox.poll();

        assertThat(caseWork.open(agent(), receipt.reference().value()).timeline())
                .noneMatch(entry -> entry.type() == TimelineEntry.Type.CITIZEN_MESSAGE);
        assertThat(concernOfSender(stranger)).isPresent();
    }

    @Test
    void automatic_mail_is_recorded_but_neither_added_nor_answered() {
        String sender = "urlaub-" + UUID.randomUUID() + "@example.org";
        Outcome outcome = inbox.take(session, mail(sender, "<" + UUID.randomUUID() + "@example.org>", "Abwesenheit",
                "Auto-Submitted: auto-replied\r\n", "Ich bin bis Montag nicht da.").getBytes(StandardCharsets.UTF_8));

        assertThat(outcome).isEqualTo(Outcome.AUTO_REPLY);
        assertThat(concernOfSender(sender)).isEmpty();
    }

    @Test
    void latin1_quoted_printable_and_html_only_mail_read_as_plain_words() {
        String latin1 = "latin-" + UUID.randomUUID() + "@example.org";
        String raw = "From: " + latin1 + "\r\nTo: " + MAILBOX + "\r\nSubject: =?ISO-8859-1?Q?Gr=FC=DFe?=\r\nMessage-ID: <"
                + UUID.randomUUID() + "@example.org>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=ISO-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                + "Sch=F6ne Gr=FC=DFe aus Harburg, 21073.\r\n";
        assertThat(inbox.take(session, raw.getBytes(StandardCharsets.US_ASCII))).isEqualTo(Outcome.NEW_CONCERN);
        Concern fromLatin1 = concernOfSender(latin1).orElseThrow();
        assertThat(fromLatin1.content().description()).contains("Betreff: Grüße", "Schöne Grüße aus Harburg");
        assertThat(sites.byId(fromLatin1.site().orElseThrow()).orElseThrow().code()).isEqualTo("harburg");

        String html = "html-" + UUID.randomUUID() + "@example.org";
        String htmlRaw = "From: " + html + "\r\nTo: " + MAILBOX + "\r\nSubject: Frage\r\nMessage-ID: <" + UUID.randomUUID()
                + "@example.org>\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n"
                + "<html><body><p>Wann kommt <b>das Geld</b>?</p><script>alert(1)</script><img src=x onerror=alert(2)>"
                + "</body></html>\r\n";
        inbox.take(session, htmlRaw.getBytes(StandardCharsets.UTF_8));
        assertThat(concernOfSender(html).orElseThrow().content().description()).contains("Wann kommt das Geld?")
                .doesNotContain("<", "alert(2)");
    }

    @Test
    void a_bounce_marks_the_reply_it_names_as_failed() throws Exception {
        String sender = "weg-" + UUID.randomUUID() + "@example.org";
        Receipt receipt = intake.submit(new ConcernDraft("QUESTION", null, null, "Frage", null, null, null, "20095", false,
                "EMAIL", sender, null, "de", false), Optional.of(UUID.randomUUID().toString()));
        String reference = receipt.reference().value();
        caseWork.reply(agent(), reference, caseWork.open(agent(), reference).version(), "Antwort");
        String ourMessageId = mailsTo(sender, 1).get(0).getMessageID();
        String bounce = "From: MAILER-DAEMON@example.org\r\nTo: " + MAILBOX + "\r\nSubject: Undelivered Mail\r\nMessage-ID: <"
                + UUID.randomUUID() + "@example.org>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n--b\r\n"
                + "Content-Type: text/plain\r\n\r\nThe mail could not be delivered.\r\n--b\r\n"
                + "Content-Type: text/rfc822-headers\r\n\r\nMessage-ID: " + ourMessageId + "\r\n--b--\r\n";

        assertThat(inbox.take(session, bounce.getBytes(StandardCharsets.UTF_8))).isEqualTo(Outcome.BOUNCE);

        assertThat(jdbc.sql("SELECT status FROM channel_delivery WHERE external_id = ?").param(ourMessageId)
                .query(String.class).single()).isEqualTo("FAILED");
    }

    @Test
    void files_are_kept_by_their_content_and_offered_only_to_staff_of_the_concerns_site() throws Exception {
        String sender = "anhang-" + UUID.randomUUID() + "@example.org";
        String pdf = java.util.Base64.getMimeEncoder().encodeToString("%PDF-1.4\nBescheid vom 3.11.".getBytes(StandardCharsets.US_ASCII));
        String program = java.util.Base64.getMimeEncoder().encodeToString("MZ\u0090\u0000 kein Bild".getBytes(StandardCharsets.ISO_8859_1));
        String raw = "From: " + sender + "\r\nTo: " + MAILBOX + "\r\nSubject: Bescheid\r\nMessage-ID: <" + UUID.randomUUID()
                + "@example.org>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"m\"\r\n\r\n"
                + "--m\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nAnbei der Bescheid.\r\n"
                + "--m\r\nContent-Type: application/octet-stream; name=\"Bescheid.pdf\"\r\n"
                + "Content-Disposition: attachment; filename=\"../../Bescheid.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + pdf + "\r\n--m\r\nContent-Type: image/jpeg; name=\"foto.jpg\"\r\n"
                + "Content-Disposition: attachment; filename=\"foto.jpg\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + program + "\r\n--m--\r\n";

        assertThat(inbox.take(session, raw.getBytes(StandardCharsets.US_ASCII))).isEqualTo(Outcome.NEW_CONCERN);

        Concern concern = concernOfSender(sender).orElseThrow();
        var files = jdbc.sql("SELECT id, filename, outcome, content_type FROM channel_attachment WHERE concern_id = ?"
                + " ORDER BY filename").param(concern.id().value())
                .query((rs, row) -> rs.getString("filename") + "|" + rs.getString("outcome") + "|" + rs.getString("content_type")
                        + "|" + rs.getString("id"))
                .list();
        assertThat(files).hasSize(2);
        assertThat(files.get(0)).startsWith("Bescheid.pdf|KEPT|application/pdf|");
        assertThat(files.get(1)).startsWith("foto.jpg|TYPE_REFUSED|null|");
        String pdfId = files.get(0).substring(files.get(0).lastIndexOf('|') + 1);
        String path = "/arbeit/anliegen/" + concern.reference().value() + "/anhang/" + pdfId;

        var mitte = login(new StaffFixtures(accounts, sites, jobcenter).member(StaffRole.AGENT, "mitte"));
        String page = mvc.perform(get("/arbeit/anliegen/" + concern.reference().value()).session(mitte))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(path, "nicht übernommen: kein PDF und kein Bild");
        var download = mvc.perform(get(path).session(mitte)).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(download.getContentType()).isEqualTo("application/pdf");
        assertThat(download.getHeader("Content-Disposition")).startsWith("attachment").contains("Bescheid.pdf");
        assertThat(new String(download.getContentAsByteArray(), StandardCharsets.US_ASCII)).startsWith("%PDF-1.4");

        var harburg = login(new StaffFixtures(accounts, sites, jobcenter).member(StaffRole.AGENT, "harburg"));
        mvc.perform(get(path).session(harburg)).andExpect(status().isNotFound());
    }

    private org.springframework.mock.web.MockHttpSession login(StaffMember member) throws Exception {
        return (org.springframework.mock.web.MockHttpSession) mvc.perform(post("/anmelden").with(RealCsrf.from(mvc))
                .param("login", member.login()).param("password", StaffFixtures.PASSWORD)).andReturn().getRequest()
                .getSession(false);
    }
}
