package de.lotse.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.icegreen.greenmail.util.GreenMail;

import de.lotse.IntegrationTest;
import de.lotse.RealCsrf;
import de.lotse.SentMail;
import de.lotse.calendar.HamburgCalendar;
import de.lotse.concerns.InvalidDraft;
import de.lotse.organisation.CounsellingCentre;
import de.lotse.organisation.CounsellingCentres;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.NotAllowed;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffAccounts;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;
import de.lotse.staff.StaffFixtures;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * The quarterly report goes to the approved counselling centres and the further recipients: once per quarter and
 * address (also when two instances send at once, and after a restart), with the tagged PDF attached and the measures'
 * effect in the text. Each test uses its own quarter long past, so that their send records do not meet.
 */
@IntegrationTest
class PartnerReportIntegrationTest {

    @Autowired PartnerReports reports;
    @Autowired MeasuresLoop measures;
    @Autowired CounsellingCentres centres;
    @Autowired StaffAccounts accounts;
    @Autowired Sites sites;
    @Autowired CurrentJobcenter jobcenter;
    @Autowired JdbcClient jdbc;
    @Autowired GreenMail mailServer;
    @Autowired MockMvc mvc;
    @Autowired Clock clock;

    private StaffFixtures staff;
    private StaffMember quality;

    @BeforeEach
    void fixtures() {
        staff = new StaffFixtures(accounts, sites, jobcenter);
        quality = staff.member(StaffRole.QUALITY_MANAGEMENT);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private CounsellingCentre centre(CounsellingCentre.Status status) {
        return centres.register(jobcenter.get().id(), "Beratung " + unique(), "Diakonie (Test)",
                CounsellingCentre.Kind.WELFARE_ASSOCIATION, "bericht-" + unique() + "@example.org", Optional.empty(),
                Optional.empty(), status, Instant.now());
    }

    private String furtherRecipient() {
        String email = "dgb-" + unique() + "@example.org";
        reports.add(quality, new RecipientDraft("DGB Hamburg " + unique(), email));
        return email;
    }

    private List<MimeMessage> reportsTo(String address, Quarter quarter, int atLeast) throws Exception {
        String subject = quarter.number() + ". Quartal " + quarter.year();
        return SentMail.to(mailServer, address, atLeast).stream().filter(mail -> {
            try {
                return mail.getSubject().contains(subject);
            } catch (jakarta.mail.MessagingException unreadable) {
                return false;
            }
        }).toList();
    }

    private static byte[] pdfOf(MimeMessage mail) throws Exception {
        Multipart parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            Part part = parts.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) && part.getFileName().endsWith(".pdf")) {
                try (InputStream in = part.getInputStream()) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("no PDF attached");
    }

    @Test
    void the_report_goes_once_to_each_approved_centre_and_further_recipient_with_the_pdf_and_the_measures_effect()
            throws Exception {
        CounsellingCentre approved = centre(CounsellingCentre.Status.APPROVED);
        CounsellingCentre applied = centre(CounsellingCentre.Status.APPLIED);
        String dgb = furtherRecipient();
        LocalDate today = LocalDate.now(clock.withZone(HamburgCalendar.ZONE));
        String title = "Eingangsbestätigung für Unterlagen " + unique();
        MeasureId measure = measures.plan(quality, new MeasureDraft("HOUSING_AND_HEATING", "", YearMonth.from(today).toString(),
                title, "DOCUMENT_INTAKE", "Jede Mietbescheinigung wird am Eingang quittiert.", "Qualitätsmanagement",
                today.plusDays(30).toString()));
        measures.takeEffect(quality, measure, today.withDayOfMonth(1).minusMonths(2));
        Quarter quarter = new Quarter(2018, 1);

        int first = reports.send(jobcenter.get().id(), quarter);
        int again = reports.send(jobcenter.get().id(), quarter);

        assertThat(first).isPositive();
        assertThat(again).as("a second run of the same quarter").isZero();
        assertThat(reportsTo(approved.email(), quarter, 1)).hasSize(1);
        MimeMessage mail = reportsTo(dgb, quarter, 1).get(0);
        assertThat(mail.getSubject()).isEqualTo("Quartalsbericht 1. Quartal 2018: Anliegen, wiederkehrende Konflikte und"
                + " Maßnahmen (" + jobcenter.get().name() + ")");
        assertThat(SentMail.plainText(mail)).contains(title, "Was geändert wird (Eingang von Unterlagen)", "Stand: Wirksam",
                "Wirkung:", "Werte unter 5 sind unterdrückt").doesNotContain("{0}");
        try (PDDocument pdf = Loader.loadPDF(pdfOf(mail))) {
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot().getKids()).isNotEmpty();
            // table cells wrap lines where they like
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", "")).contains("Quartalsbericht1/2018",
                    title.replaceAll("\\s+", ""));
        }
        Thread.sleep(300);
        assertThat(reportsTo(applied.email(), quarter, 0)).as("a centre not approved").isEmpty();
        assertThat(reportsTo(dgb, quarter, 1)).hasSize(1);
    }

    @Test
    void two_instances_sending_at_once_send_each_address_once() throws Exception {
        String dgb = furtherRecipient();
        CounsellingCentre approved = centre(CounsellingCentre.Status.APPROVED);
        Quarter quarter = new Quarter(2018, 2);
        CountDownLatch start = new CountDownLatch(1);

        List<CompletableFuture<Integer>> instances = List.of(1, 2).stream().map(instance -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            return reports.send(jobcenter.get().id(), quarter);
        })).toList();
        start.countDown();
        int sent = instances.stream().mapToInt(CompletableFuture::join).sum();

        long recorded = jdbc.sql("SELECT count(*) FROM insight_report_mailing WHERE quarter = ? AND status = 'SENT'")
                .param(quarter.toString()).query(Long.class).single();
        assertThat(sent).isEqualTo(recorded).isPositive();
        Thread.sleep(300);
        assertThat(reportsTo(dgb, quarter, 1)).hasSize(1);
        assertThat(reportsTo(approved.email(), quarter, 1)).hasSize(1);
    }

    @Test
    void a_send_cut_off_by_a_stopped_instance_is_taken_up_after_an_hour_and_not_before() throws Exception {
        String stale = furtherRecipient();
        String fresh = furtherRecipient();
        Quarter quarter = new Quarter(2018, 3);
        reports.send(jobcenter.get().id(), quarter);
        assertThat(reportsTo(stale, quarter, 1)).hasSize(1);
        // As if two instances had claimed these and stopped before sending: one two hours ago, one just now.
        jdbc.sql("UPDATE insight_report_mailing SET status = 'SENDING', claimed_at = ? WHERE quarter = ? AND email = ?")
                .params(Timestamp.from(Instant.now().minusSeconds(7200)), quarter.toString(), stale).update();
        jdbc.sql("UPDATE insight_report_mailing SET status = 'SENDING', claimed_at = ? WHERE quarter = ? AND email = ?")
                .params(Timestamp.from(Instant.now()), quarter.toString(), fresh).update();

        assertThat(reports.send(jobcenter.get().id(), quarter)).isEqualTo(1);

        assertThat(reportsTo(stale, quarter, 2)).hasSize(2);
        assertThat(reportsTo(fresh, quarter, 1)).hasSize(1);
    }

    @Test
    void a_further_recipient_needs_a_name_and_a_new_valid_address_and_only_administration_and_quality_edit() {
        String dgb = furtherRecipient();

        assertThatThrownBy(() -> reports.add(quality, new RecipientDraft(" ", "kein-at-zeichen")))
                .isInstanceOfSatisfying(InvalidDraft.class, invalid -> assertThat(invalid.problems())
                        .extracting(problem -> problem.field() + ":" + problem.messageKey())
                        .containsExactlyInAnyOrder("name:staff.partnerReport.error.name", "email:staff.partnerReport.error.email"));
        assertThatThrownBy(() -> reports.add(quality, new RecipientDraft("Noch einmal", " " + dgb.toUpperCase() + " ")))
                .isInstanceOfSatisfying(InvalidDraft.class, invalid -> assertThat(invalid.problems())
                        .extracting(problem -> problem.messageKey()).containsExactly("staff.partnerReport.error.duplicate"));
        StaffMember administrator = staff.member(StaffRole.ADMINISTRATOR);
        reports.add(administrator, new RecipientDraft("Diakonie Hamburg", "diakonie-" + unique() + "@example.org"));
        for (StaffRole role : List.of(StaffRole.AGENT, StaffRole.EXECUTIVE_MANAGER, StaffRole.SITE_MANAGER)) {
            StaffMember other = staff.member(role, "mitte");
            assertThatThrownBy(() -> reports.add(other, new RecipientDraft("X", "x-" + unique() + "@example.org")))
                    .isInstanceOf(NotAllowed.class);
        }
        assertThatThrownBy(() -> reports.sendNow(administrator)).isInstanceOf(NotAllowed.class);
    }

    private MockHttpSession login(StaffMember member) throws Exception {
        return (MockHttpSession) mvc.perform(post("/anmelden").with(RealCsrf.from(mvc)).param("login", member.login())
                .param("password", StaffFixtures.PASSWORD)).andReturn().getRequest().getSession(false);
    }

    @Test
    void the_page_keeps_what_was_typed_with_a_translated_error_and_shows_quality_management_the_mail() throws Exception {
        MockHttpSession session = login(quality);

        MvcResult invalid = mvc.perform(post("/arbeit/einblicke/partnerbericht/empfaenger").session(session)
                .with(RealCsrf.from(mvc)).param("name", "Sozialverband Nord").param("email", "sozialverband.example.org"))
                .andReturn();

        assertThat(invalid.getResponse().getStatus()).isEqualTo(422);
        assertThat(invalid.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains(
                "Bitte geben Sie eine gültige E-Mail-Adresse ein", "value=\"Sozialverband Nord\"",
                "value=\"sozialverband.example.org\"", "Vorschau: Bericht für das");
        MvcResult saved = mvc.perform(post("/arbeit/einblicke/partnerbericht/empfaenger").session(session)
                .with(RealCsrf.from(mvc)).param("name", "Sozialverband Nord").param("email", "sv-" + unique() + "@example.org"))
                .andReturn();
        assertThat(saved.getResponse().getStatus()).isEqualTo(303);
        String page = mvc.perform(get("/arbeit/einblicke/partnerbericht").session(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Sozialverband Nord", "Quartalsbericht", "Maßnahmen und ihre gemessene Wirkung",
                "Jetzt an alle senden");
        assertThat(mvc.perform(get("/arbeit/einblicke/partnerbericht").session(login(staff.member(StaffRole.AGENT, "mitte"))))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        String forAdministrator = mvc.perform(get("/arbeit/einblicke/partnerbericht")
                .session(login(staff.member(StaffRole.ADMINISTRATOR)))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(forAdministrator).contains("Sozialverband Nord").doesNotContain("Jetzt an alle senden");
    }
}
