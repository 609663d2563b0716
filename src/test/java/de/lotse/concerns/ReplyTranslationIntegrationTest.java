package de.lotse.concerns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.icegreen.greenmail.util.GreenMail;

import de.lotse.IntegrationTest;
import de.lotse.RealCsrf;
import de.lotse.SentMail;
import de.lotse.language.Language;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffAccounts;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;
import de.lotse.staff.StaffFixtures;
import jakarta.mail.internet.MimeMessage;

/**
 * Staff answer in German and may add a translation into the citizen's language: the citizen reads the translation
 * first, on the status page, by e-mail and on messengers, with the original always there; staff see both.
 */
@IntegrationTest
class ReplyTranslationIntegrationTest {

    private static final String ORIGINAL = "Wir haben Ihre Unterlagen erhalten und melden uns bis Freitag.";
    private static final String UKRAINIAN = "Ми отримали ваші документи і зв'яжемося з вами до п'ятниці.";

    @Autowired MockMvc mvc;
    @Autowired ConcernIntake intake;
    @Autowired CaseWork caseWork;
    @Autowired ConcernReplies replies;
    @Autowired StaffAccounts accounts;
    @Autowired Sites sites;
    @Autowired CurrentJobcenter jobcenter;
    @Autowired GreenMail mailServer;

    private final String address = "10.3." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
    private final RequestPostProcessor client = request -> {
        request.setRemoteAddr(address);
        return request;
    };

    private Receipt aConcernByEmail(String email, String language) {
        return intake.submit(new ConcernDraft("QUESTION", null, null, "Коли буде розглянуто мою заяву про допомогу?", null,
                null, null, "20095", false, "EMAIL", email, null, language, false), Optional.of(UUID.randomUUID().toString()));
    }

    private StaffMember agent() {
        return new StaffFixtures(accounts, sites, jobcenter).member(StaffRole.AGENT, "mitte");
    }

    private int version(StaffMember agent, Receipt receipt) {
        return caseWork.open(agent, receipt.reference().value()).version();
    }

    @Test
    void the_citizen_reads_the_translation_first_and_the_original_on_request_on_the_status_page_and_by_mail()
            throws Exception {
        String email = "translated-" + UUID.randomUUID() + "@example.org";
        Receipt receipt = aConcernByEmail(email, "uk");
        StaffMember agent = agent();

        caseWork.reply(agent, receipt.reference().value(), version(agent, receipt), ORIGINAL, UKRAINIAN);

        String status = mvc.perform(get("/status/" + receipt.secret().value()).with(client)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(status).contains("lang=\"uk\"", "<details class=\"original\">", "Originaltext des Jobcenters");
        assertThat(status.indexOf("Ми отримали ваші документи")).isPositive()
                .isLessThan(status.indexOf("<details class=\"original\">"));
        assertThat(status.indexOf("Wir haben Ihre Unterlagen erhalten")).isGreaterThan(status.indexOf("<summary>"));

        // The heading over the original is in the citizen's language too (it falls back to German where none exists).
        MimeMessage reply = replyTo(email);
        String text = SentMail.plainText(reply);
        assertThat(text.indexOf("Ми отримали ваші документи")).isNotNegative()
                .isLessThan(text.indexOf("Оригінальний текст Jobcenter німецькою:"));
        assertThat(text.indexOf("Оригінальний текст Jobcenter німецькою:")).isLessThan(text.indexOf(ORIGINAL));

        // Messengers carry the same text as the mail's body: translation, then the original under its heading.
        Concern concern = caseWork.open(agent, receipt.reference().value());
        TimelineEntry entry = concern.timeline().stream().filter(e -> e.type() == TimelineEntry.Type.STAFF_REPLY)
                .findFirst().orElseThrow();
        assertThat(entry.body()).contains(ORIGINAL);
        assertThat(entry.translation()).contains(new TimelineEntry.Translation(Language.UKRAINIAN, UKRAINIAN));
        assertThat(replies.reply(concern.id(), entry.position(), "test").orElseThrow().text())
                .isEqualTo(UKRAINIAN + "\n\nОригінальний текст Jobcenter німецькою:\n" + ORIGINAL);
    }

    @Test
    void staff_see_the_original_and_the_translation_they_sent() throws Exception {
        Receipt receipt = aConcernByEmail("staff-view-" + UUID.randomUUID() + "@example.org", "uk");
        StaffMember agent = agent();
        caseWork.reply(agent, receipt.reference().value(), version(agent, receipt), ORIGINAL, UKRAINIAN);

        String page = mvc.perform(get("/arbeit/anliegen/" + receipt.reference().value()).session(login(agent)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Wir haben Ihre Unterlagen erhalten", "Ми отримали ваші документи",
                "Übersetzung für die Bürgerin oder den Bürger: Українська (freiwillig)");
    }

    @Test
    void a_reply_to_a_german_reader_carries_no_translation_and_offers_none() throws Exception {
        Receipt receipt = aConcernByEmail("german-" + UUID.randomUUID() + "@example.org", "de");
        StaffMember agent = agent();
        caseWork.reply(agent, receipt.reference().value(), version(agent, receipt), ORIGINAL, "Some translation");

        Concern concern = caseWork.open(agent, receipt.reference().value());
        assertThat(concern.timeline()).filteredOn(e -> e.type() == TimelineEntry.Type.STAFF_REPLY)
                .allSatisfy(e -> assertThat(e.translation()).isEmpty());
        String page = mvc.perform(get("/arbeit/anliegen/" + receipt.reference().value()).session(login(agent)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).doesNotContain("name=\"translation\"");
    }

    @Test
    void the_translator_proposes_a_translation_that_staff_check_before_anything_is_sent() throws Exception {
        Receipt receipt = aConcernByEmail("proposal-" + UUID.randomUUID() + "@example.org", "uk");
        StaffMember agent = agent();
        MockHttpSession session = login(agent);
        int before = caseWork.open(agent, receipt.reference().value()).timeline().size();

        String page = mvc.perform(post("/arbeit/anliegen/" + receipt.reference().value() + "/antwort").session(session)
                        .with(RealCsrf.from(mvc)).param("version", String.valueOf(version(agent, receipt)))
                        .param("text", ORIGINAL).param("translation", "").param("vorschlag", "1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("[uk] " + ORIGINAL + "</textarea>", "Maschinell vorgeschlagen",
                ">" + ORIGINAL + "</textarea>");
        assertThat(caseWork.open(agent, receipt.reference().value()).timeline()).hasSize(before);

        String refused = mvc.perform(post("/arbeit/anliegen/" + receipt.reference().value() + "/antwort").session(session)
                        .with(RealCsrf.from(mvc)).param("version", String.valueOf(version(agent, receipt)))
                        .param("text", "UNÜBERSETZBAR").param("translation", "meine eigene").param("vorschlag", "1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("Es kam kein Vorschlag", ">meine eigene</textarea>");
    }

    private MimeMessage replyTo(String email) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            for (MimeMessage mail : SentMail.to(mailServer, email, 0)) {
                if (mail.getHeader("Auto-Submitted") == null) {
                    return mail;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no reply mailed to " + email + ": " + List.of(SentMail.to(mailServer, email, 0)));
    }

    private MockHttpSession login(StaffMember member) throws Exception {
        return (MockHttpSession) mvc.perform(post("/anmelden").with(RealCsrf.from(mvc)).param("login", member.login())
                .param("password", StaffFixtures.PASSWORD)).andReturn().getRequest().getSession(false);
    }
}
