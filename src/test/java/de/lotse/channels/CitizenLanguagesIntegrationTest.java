package de.lotse.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import com.icegreen.greenmail.util.GreenMail;

import de.lotse.IntegrationTest;
import de.lotse.SentMail;
import de.lotse.concerns.CaseWork;
import de.lotse.concerns.ConcernDraft;
import de.lotse.concerns.ConcernIntake;
import de.lotse.concerns.Receipt;
import de.lotse.language.Language;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffAccounts;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;
import de.lotse.staff.StaffFixtures;
import jakarta.mail.internet.MimeMessage;

/**
 * What Lotse writes to a citizen by e-mail and messenger is in the citizen's language, for each of the eight: the
 * acknowledgement and the subject and frame of a staff reply (the Telegram acknowledgement: TelegramIntegrationTest).
 * Only in the citizen's language, with no English copy beside it, and the case reference as it is, untranslated.
 */
@IntegrationTest
class CitizenLanguagesIntegrationTest {

    @Autowired ConcernIntake intake;
    @Autowired CaseWork caseWork;
    @Autowired StaffAccounts accounts;
    @Autowired Sites sites;
    @Autowired CurrentJobcenter jobcenter;
    @Autowired GreenMail mailServer;
    @Autowired MessageSource messages;

    private String text(String key, Language language, Object... arguments) {
        return messages.getMessage(key, arguments, language.locale());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void the_acknowledgement_and_a_reply_by_email_are_in_the_citizens_language(Language language) throws Exception {
        String address = "sprache-" + language.code().toLowerCase() + "-" + UUID.randomUUID() + "@example.org";
        Receipt receipt = intake.submit(new ConcernDraft("QUESTION", null, null, "Wann wird mein Antrag bearbeitet?",
                null, null, null, "20095", false, "EMAIL", address, null, language.code(), false),
                Optional.of(UUID.randomUUID().toString()));
        String reference = receipt.reference().value();

        MimeMessage ack = SentMail.to(mailServer, address, 1).get(0);
        assertThat(ack.getSubject()).isEqualTo(text("mail.ack.subject", language, reference));
        String ackText = SentMail.plainText(ack);
        assertThat(ackText).contains(reference, "/status/" + receipt.secret().value())
                .doesNotContain("— English —");
        assertThat(ackText.replace("\r\n", "\n").strip()).startsWith(text("mail.ack.text", language, reference, "")
                .lines().findFirst().orElseThrow().strip());

        StaffMember agent = new StaffFixtures(accounts, sites, jobcenter).member(StaffRole.AGENT, "mitte");
        caseWork.reply(agent, reference, caseWork.open(agent, reference).version(), "Ihr Antrag ist bewilligt.");
        MimeMessage reply = repliesTo(address);
        assertThat(reply.getSubject()).isEqualTo(text("mail.reply.subject", language, reference));
        assertThat(SentMail.plainText(reply)).contains(text("mail.reply.intro", language, reference),
                "Ihr Antrag ist bewilligt.");
        assertThat(reply.getHeader("Content-Language")).containsExactly(language.htmlLang());
        String html = (String) ((jakarta.mail.internet.MimeMultipart) reply.getContent()).getBodyPart(1).getContent();
        assertThat(html).contains("<html lang=\"" + language.htmlLang() + "\" dir=\"" + language.htmlDir() + "\">",
                "<p dir=\"auto\">Ihr Antrag ist bewilligt.</p>");
        if (language != Language.GERMAN && language != Language.EASY_GERMAN) {
            assertThat(reply.getSubject()).isNotEqualTo(text("mail.reply.subject", Language.GERMAN, reference));
        }
    }

    private MimeMessage repliesTo(String address) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            List<MimeMessage> replies = new ArrayList<>();
            for (MimeMessage mail : SentMail.to(mailServer, address, 0)) {
                if (mail.getHeader("Auto-Submitted") == null) {
                    replies.add(mail);
                }
            }
            if (!replies.isEmpty()) {
                return replies.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no reply to " + address);
    }
}
