package de.lotse.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.util.GreenMail;

import de.lotse.IntegrationTest;
import de.lotse.RealCsrf;
import de.lotse.SentMail;
import de.lotse.concerns.ConcernDraft;
import de.lotse.concerns.ConcernIntake;
import de.lotse.language.Language;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.JobcenterId;
import de.lotse.organisation.NotAllowed;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffAccounts;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;
import de.lotse.staff.StaffFixtures;
import jakarta.mail.internet.MimeMessage;

/** Administrators word any text their own way, for their Jobcenter only, at once and with every change kept. */
@IntegrationTest
class WordingIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired Wording wording;
    @Autowired StaffAccounts accounts;
    @Autowired Sites sites;
    @Autowired CurrentJobcenter jobcenter;
    @Autowired JdbcClient jdbc;
    @Autowired MessageSource messages;
    @Autowired ConcernIntake intake;
    @Autowired GreenMail mailServer;
    @Autowired TextOverrides overrides;
    @Autowired ShippedTexts shipped;

    private StaffMember admin() {
        return new StaffFixtures(accounts, sites, jobcenter).member(StaffRole.ADMINISTRATOR);
    }

    @AfterEach
    void shippedTextsAgain() {
        StaffMember admin = admin();
        for (String key : List.of("start.title", "mail.ack.subject", "start.choose")) {
            for (Language language : Language.values()) {
                wording.reset(admin, key, language);
            }
        }
    }

    @Test
    void an_override_shows_on_the_citizens_page_at_once_and_a_reset_brings_back_the_shipped_text() throws Exception {
        MockHttpSession admin = login(admin());

        mvc.perform(post("/arbeit/verwaltung/texte/text").session(admin).with(RealCsrf.from(mvc))
                        .param("schluessel", "start.title").param("sprache", "de")
                        .param("text", "Moin! Wir helfen Ihnen weiter"))
                .andExpect(status().isSeeOther());
        assertThat(citizenPage("/", "de")).contains("Moin! Wir helfen Ihnen weiter");
        assertThat(citizenPage("/", "en")).contains("We are here to help").doesNotContain("Moin!");

        String text = page(admin, "/arbeit/verwaltung/texte/text?schluessel=start.title");
        assertThat(text).contains("Wir helfen Ihnen weiter", "Moin! Wir helfen Ihnen weiter", "We are here to help");

        mvc.perform(post("/arbeit/verwaltung/texte/zuruecksetzen").session(admin).with(RealCsrf.from(mvc))
                        .param("schluessel", "start.title").param("sprache", "de"))
                .andExpect(status().isSeeOther());
        assertThat(citizenPage("/", "de")).contains("Wir helfen Ihnen weiter").doesNotContain("Moin!");

        List<TextChange> history = overrides.history(jobcenter.get().id(), "start.title");
        assertThat(history).hasSizeGreaterThanOrEqualTo(2);
        assertThat(history.get(0).before()).contains("Moin! Wir helfen Ihnen weiter");
        assertThat(history.get(0).after()).isEmpty();
        assertThat(history.get(1).before()).isEmpty();
        assertThat(history.get(1).after()).contains("Moin! Wir helfen Ihnen weiter");
    }

    @Test
    void a_search_finds_a_text_by_a_word_of_any_language_and_lists_the_overridden_ones() throws Exception {
        StaffMember admin = admin();
        assertThat(wording.search(admin, "here to help")).extracting(Wording.FoundText::key).contains("start.title");
        wording.override(admin, "start.choose", Language.ENGLISH, "How can we help?");
        assertThat(wording.search(admin, "")).extracting(Wording.FoundText::key).contains("start.choose");
        assertThat(page(login(admin), "/arbeit/verwaltung/texte?suche=here+to+help")).contains("start.title");
    }

    @Test
    void an_override_reaches_the_citizen_in_the_mail() throws Exception {
        wording.override(admin(), "mail.ack.subject", Language.ENGLISH, "Hamburg got your request {0}");
        String address = "wording-" + UUID.randomUUID() + "@example.org";
        intake.submit(new ConcernDraft("QUESTION", null, null, "When will my application be processed?", null, null,
                null, "20095", false, "EMAIL", address, null, "en", false), Optional.of(UUID.randomUUID().toString()));

        List<MimeMessage> mails = SentMail.to(mailServer, address, 1);
        assertThat(mails).isNotEmpty();
        assertThat(mails.get(0).getSubject()).startsWith("Hamburg got your request HH-");
    }

    @Test
    void another_jobcenter_keeps_its_own_wording() {
        JobcenterId other = new JobcenterId(UUID.randomUUID());
        jdbc.sql("INSERT INTO jobcenter (id, code, name, reference_prefix) VALUES (?, ?, 'Jobcenter Anderswo', ?)")
                .params(other.value(), "anderswo-" + other.value(), "Z" + (char) ('A' + new java.util.Random().nextInt(26))
                        + (char) ('A' + new java.util.Random().nextInt(26)))
                .update();
        StaffMember otherAdmin = accounts.create(other, "admin-" + UUID.randomUUID().toString().substring(0, 8),
                "Anderswo", StaffRole.ADMINISTRATOR, Set.of(), StaffFixtures.PASSWORD);

        wording.override(otherAdmin, "start.title", Language.GERMAN, "Willkommen anderswo");

        assertThat(messages.getMessage("start.title", null, Locale.GERMAN)).isEqualTo("Wir helfen Ihnen weiter");
        assertThat(text(wording.text(admin(), "start.title").orElseThrow(), Language.GERMAN).override()).isEmpty();
        assertThat(text(wording.text(otherAdmin, "start.title").orElseThrow(), Language.GERMAN).override())
                .contains("Willkommen anderswo");
        jdbc.sql("DELETE FROM text_override_change WHERE jobcenter_id = ?").param(other.value()).update();
        wording.reset(otherAdmin, "start.title", Language.GERMAN);
    }

    @Test
    void only_administrators_word_texts_whatever_the_web_layer_lets_through() {
        StaffFixtures staff = new StaffFixtures(accounts, sites, jobcenter);
        for (StaffRole role : List.of(StaffRole.AGENT, StaffRole.SITE_MANAGER, StaffRole.EXECUTIVE_MANAGER)) {
            StaffMember member = staff.member(role, "mitte");
            assertThatThrownBy(() -> wording.override(member, "start.title", Language.GERMAN, "Hallo"))
                    .isInstanceOf(NotAllowed.class);
            assertThatThrownBy(() -> wording.reset(member, "start.title", Language.GERMAN)).isInstanceOf(NotAllowed.class);
            assertThatThrownBy(() -> wording.search(member, "")).isInstanceOf(NotAllowed.class);
        }
        assertThat(messages.getMessage("start.title", null, Locale.GERMAN)).isEqualTo("Wir helfen Ihnen weiter");
    }

    @Test
    void a_text_without_the_shipped_placeholders_is_refused_with_the_typed_text_kept() throws Exception {
        MockHttpSession admin = login(admin());
        String refused = mvc.perform(post("/arbeit/verwaltung/texte/text").session(admin).with(RealCsrf.from(mvc))
                        .param("schluessel", "mail.ack.subject").param("sprache", "de")
                        .param("text", "Ihr Anliegen ist angekommen"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("genau die Platzhalter des ausgelieferten Textes enthalten: {0}",
                ">Ihr Anliegen ist angekommen</textarea>", "aria-invalid=\"true\"", "Fehler:");

        assertThatThrownBy(() -> wording.override(admin(), "mail.ack.subject", Language.GERMAN, "Ihr Anliegen {0"))
                .isInstanceOf(InvalidText.class).extracting("messageKey").isEqualTo("admin.texts.error.syntax");
        assertThatThrownBy(() -> wording.override(admin(), "start.title", Language.GERMAN, "Hallo <script>x()</script>"))
                .isInstanceOf(InvalidText.class).extracting("messageKey").isEqualTo("admin.texts.error.markup");
        assertThatThrownBy(() -> wording.override(admin(), "start.title", Language.GERMAN, "x".repeat(4001)))
                .isInstanceOf(InvalidText.class).extracting("messageKey").isEqualTo("admin.texts.error.tooLong");
        assertThat(messages.getMessage("mail.ack.subject", new Object[] { "HH-1" }, Locale.GERMAN))
                .isEqualTo("Ihr Anliegen HH-1 ist beim Jobcenter angekommen");
    }

    @Test
    void a_second_instance_shows_a_change_once_its_snapshot_is_older_than_the_refresh_time() throws Exception {
        StaffMember admin = admin();
        OverrideCache secondInstance = new OverrideCache(overrides, shipped, Duration.ofSeconds(2));
        JobcenterId hamburg = jobcenter.get().id();
        assertThat(secondInstance.text(hamburg, "start.title", Locale.GERMAN)).isEmpty();

        wording.override(admin, "start.title", Language.GERMAN, "Neu auf allen Instanzen");
        assertThat(messages.getMessage("start.title", null, Locale.GERMAN)).isEqualTo("Neu auf allen Instanzen");
        assertThat(secondInstance.text(hamburg, "start.title", Locale.GERMAN)).isEmpty();

        Thread.sleep(2100);
        assertThat(secondInstance.text(hamburg, "start.title", Locale.GERMAN)).contains("Neu auf allen Instanzen");
        // Leichte Sprache has its own start.title, so the German override does not replace it; English has one too.
        assertThat(secondInstance.text(hamburg, "start.title", new Locale("de", "", "LS"))).isEmpty();
    }

    private static Wording.LanguageText text(Wording.Text text, Language language) {
        return text.languages().stream().filter(found -> found.language() == language).findFirst().orElseThrow();
    }

    private String citizenPage(String path, String language) throws Exception {
        return mvc.perform(get(path).param("lang", language)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpSession login(StaffMember member) throws Exception {
        return (MockHttpSession) mvc.perform(post("/anmelden").with(RealCsrf.from(mvc)).param("login", member.login())
                .param("password", StaffFixtures.PASSWORD)).andReturn().getRequest().getSession(false);
    }
}
