package de.lotse.directline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import de.lotse.IntegrationTest;
import de.lotse.concerns.FieldProblem;
import de.lotse.concerns.InvalidDraft;
import de.lotse.concerns.Reference;
import de.lotse.directline.ReferralEntry.Type;
import de.lotse.organisation.CounsellingCentre;
import de.lotse.organisation.CounsellingCentres;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffAccounts;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;
import de.lotse.staff.StaffFixtures;

/** The direct line's access rules, consent, thread, ladder and settlement, on the real database. */
@IntegrationTest
@RecordApplicationEvents
class DirectLineIntegrationTest {

    @Autowired DirectLine directLine;
    @Autowired ConsentLinks links;
    @Autowired Referrals referrals;
    @Autowired CounsellingCentres centres;
    @Autowired StaffAccounts accounts;
    @Autowired Sites sites;
    @Autowired CurrentJobcenter jobcenter;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;
    @Autowired ReferralDeadlineWatch deadlineWatch;
    @Autowired de.lotse.deadlines.DeadlineGuard deadlines;
    @Autowired com.icegreen.greenmail.util.GreenMail mailServer;

    private DirectLineFixtures partners;
    private StaffFixtures staff;
    private CounsellingCentre centre;
    private StaffMember counsellor;
    private StaffMember siteManager;

    @BeforeEach
    void partners() {
        partners = new DirectLineFixtures(centres, accounts, jobcenter);
        staff = new StaffFixtures(accounts, sites, jobcenter);
        centre = partners.centre(CounsellingCentre.Status.APPROVED);
        counsellor = partners.counsellor(centre);
        siteManager = staff.member(StaffRole.SITE_MANAGER, "mitte");
    }

    private String secretOf(Reference reference) {
        return links.secretFor(referrals.byReference(reference).orElseThrow().id());
    }

    private Reference consented() {
        Reference reference = directLine.open(counsellor, DirectLineFixtures.draft());
        directLine.give(secretOf(reference), "Olena Kovalenko", true);
        return reference;
    }

    private int version(Reference reference) {
        return referrals.byReference(reference).orElseThrow().version();
    }

    @Test
    void a_referral_reaches_the_site_management_only_after_the_clients_consent() {
        Reference reference = directLine.open(counsellor, DirectLineFixtures.draft());

        assertThat(directLine.forCentre(counsellor, reference.value()).consentSecret()).isPresent();
        assertThatThrownBy(() -> directLine.forJobcenter(siteManager, reference.value()))
                .isInstanceOf(ReferralNotFound.class);
        assertThat(directLine.forJobcenter(siteManager, false)).noneMatch(row -> row.reference().equals(reference));

        directLine.give(secretOf(reference), "Olena Kovalenko", true);

        var view = directLine.forJobcenter(siteManager, reference.value());
        assertThat(view.referral().status()).isEqualTo(ReferralStatus.OPEN);
        assertThat(view.referral().clocks().firstResponseDue()).isPresent();
        assertThat(directLine.forCentre(counsellor, reference.value()).consentSecret())
                .as("the link is not shown again once used").isEmpty();
        assertThat(events.stream(DirectLineEvents.ReferralOpened.class)).anyMatch(opened -> opened.reference().equals(reference));
        assertThat(jdbc.sql("SELECT count(*) FROM access_log WHERE subject_type = 'referral' AND actor = ?")
                .param("staff:" + siteManager.id().value()).query(Long.class).single()).as("the read is logged").isPositive();
        assertThat(directLine.consent(secretOf(reference)).looks()).extracting(DirectLine.Look::role)
                .as("the client sees who looked, by role").contains(StaffRole.SITE_MANAGER, StaffRole.COUNSELLOR);
    }

    @Test
    void nobody_else_sees_the_referral_not_another_centre_another_site_or_an_agent() {
        Reference reference = consented();
        StaffMember otherCentre = partners.counsellor(partners.centre(CounsellingCentre.Status.APPROVED));
        StaffMember otherSite = staff.member(StaffRole.SITE_MANAGER, "wandsbek");
        StaffMember agentHere = staff.member(StaffRole.AGENT, "mitte");
        StaffMember executive = staff.member(StaffRole.EXECUTIVE_MANAGER);

        for (StaffMember stranger : List.of(otherSite, agentHere, executive)) {
            assertThatThrownBy(() -> directLine.forJobcenter(stranger, reference.value())).as(stranger.role().name())
                    .isInstanceOf(ReferralNotFound.class);
        }
        assertThatThrownBy(() -> directLine.forCentre(otherCentre, reference.value())).isInstanceOf(ReferralNotFound.class);
        assertThatThrownBy(() -> directLine.forCentre(siteManager, reference.value()))
                .as("Jobcenter staff are no counsellors").isInstanceOf(ReferralNotFound.class);
        assertThat(directLine.ofCentre(otherCentre)).noneMatch(row -> row.reference().equals(reference));
    }

    @Test
    void a_suspended_centre_sees_nothing() {
        Reference reference = consented();
        jdbc.sql("UPDATE counselling_centre SET status = 'SUSPENDED', status_reason = 'Prüfung läuft' WHERE id = ?").param(centre.id().value()).update();

        assertThatThrownBy(() -> directLine.forCentre(counsellor, reference.value())).isInstanceOf(ReferralNotFound.class);
    }

    @Test
    void a_counsellor_removed_from_the_team_is_stopped_even_in_an_open_session() {
        Reference reference = consented();
        jdbc.sql("UPDATE staff_member SET active = FALSE WHERE id = ?").param(counsellor.id().value()).update();

        assertThatThrownBy(() -> directLine.forCentre(counsellor, reference.value())).isInstanceOf(ReferralNotFound.class);
    }

    @Test
    void a_withdrawn_consent_ends_access_at_once_for_both_sides() {
        Reference reference = consented();

        directLine.withdraw(secretOf(reference));

        assertThatThrownBy(() -> directLine.forCentre(counsellor, reference.value())).isInstanceOf(ReferralNotFound.class);
        assertThatThrownBy(() -> directLine.forJobcenter(siteManager, reference.value()))
                .isInstanceOf(ReferralNotFound.class);
        assertThat(directLine.consent(secretOf(reference)).withdrawnAt()).isPresent();
        assertThat(directLine.forJobcenter(siteManager, true)).noneMatch(row -> row.reference().equals(reference));
    }

    @Test
    void an_expired_consent_ends_access_too_and_the_referral_with_it() {
        Reference reference = consented();
        ReferralId id = referrals.byReference(reference).orElseThrow().id();
        jdbc.sql("UPDATE referral_consent SET expires_at = ? WHERE referral_id = ?")
                .params(Timestamp.from(Instant.now().minusSeconds(1)), id.value()).update();

        assertThatThrownBy(() -> directLine.forCentre(counsellor, reference.value())).isInstanceOf(ReferralNotFound.class);
        assertThatThrownBy(() -> directLine.forJobcenter(siteManager, reference.value()))
                .isInstanceOf(ReferralNotFound.class);

        assertThat(directLine.expire(Instant.now())).isPositive();
        assertThat(referrals.byId(id).orElseThrow().status()).isEqualTo(ReferralStatus.CONSENT_EXPIRED);
        assertThat(directLine.forJobcenter(siteManager, true)).noneMatch(row -> row.reference().equals(reference));
        jdbc.sql("UPDATE referral SET level_due = ? WHERE id = ?")
                .params(Timestamp.from(Instant.now().minusSeconds(60)), id.value()).update();
        directLine.climb(Instant.now());
        assertThat(referrals.byId(id).orElseThrow().level()).as("nothing climbs after the end").isEqualTo(EscalationLevel.SITE);
        assertThat(directLine.consent(secretOf(reference)).expired()).isTrue();
    }

    @Test
    void a_manager_removed_or_moved_is_stopped_even_in_an_open_session() {
        Reference reference = consented();
        jdbc.sql("UPDATE staff_member SET active = FALSE WHERE id = ?").param(siteManager.id().value()).update();

        assertThatThrownBy(() -> directLine.forJobcenter(siteManager, reference.value()))
                .isInstanceOf(ReferralNotFound.class);
        assertThat(directLine.forJobcenter(siteManager, true)).isEmpty();
    }

    @Test
    void only_the_level_in_charge_settles_or_reroutes() {
        Reference reference = consented();
        StaffMember area = staff.member(StaffRole.AREA_MANAGER, "mitte");
        var wandsbek = sites.byCode(jobcenter.get().id(), "wandsbek").orElseThrow();

        assertThatThrownBy(() -> directLine.resolve(area, reference.value(), version(reference), ReferralOutcome.REMEDIED,
                null, Optional.empty())).as("the area management does not act over the site's head")
                .isInstanceOf(IllegalReferralStep.class);
        directLine.escalateAsCentre(counsellor, reference.value(), version(reference), "Keine Antwort seit zwei Wochen.");

        assertThatThrownBy(() -> directLine.resolve(siteManager, reference.value(), version(reference),
                ReferralOutcome.REMEDIED, null, Optional.empty())).as("escalated over the site management's head")
                .isInstanceOf(IllegalReferralStep.class);
        assertThatThrownBy(() -> directLine.reroute(siteManager, reference.value(), version(reference), wandsbek.id(),
                "Umzug")).isInstanceOf(IllegalReferralStep.class);
        directLine.writeAsJobcenter(siteManager, reference.value(), version(reference), "Wir kümmern uns, Bereich ist informiert.");
        directLine.resolve(area, reference.value(), version(reference), ReferralOutcome.REMEDIED, null, Optional.empty());
        assertThat(referrals.byReference(reference).orElseThrow().status()).isEqualTo(ReferralStatus.RESOLVED);
    }

    @Test
    void the_client_consents_under_their_own_name_in_any_order() {
        Reference reference = directLine.open(counsellor, DirectLineFixtures.draft());

        assertThatThrownBy(() -> directLine.give(secretOf(reference), "Lukas Brandt", true))
                .isInstanceOf(InvalidDraft.class);
        directLine.give(secretOf(reference), "kovalenko, Olena", true);
        assertThat(referrals.byReference(reference).orElseThrow().status()).isEqualTo(ReferralStatus.OPEN);
    }

    @Test
    void consent_needs_the_name_and_the_tick_and_a_wrong_link_finds_nothing() {
        Reference reference = directLine.open(counsellor, DirectLineFixtures.draft());

        assertThatThrownBy(() -> directLine.give(secretOf(reference), "Olena Kovalenko", false))
                .isInstanceOf(InvalidDraft.class);
        assertThatThrownBy(() -> directLine.give(secretOf(reference), "  ", true)).isInstanceOf(InvalidDraft.class);
        assertThatThrownBy(() -> directLine.consent("A".repeat(43))).isInstanceOf(ReferralNotFound.class);
        assertThatThrownBy(() -> directLine.consent("kurz")).isInstanceOf(ReferralNotFound.class);
        directLine.give(secretOf(reference), "Olena Kovalenko", true);
        directLine.give(secretOf(reference), "Olena Kovalenko", true); // a double click changes nothing
        assertThat(referrals.byReference(reference).orElseThrow().entries()).filteredOn(e -> e.type() == Type.CONSENT_GIVEN)
                .hasSize(1);
    }

    @Test
    void without_the_release_from_confidentiality_nothing_is_referred() {
        ReferralDraft draft = DirectLineFixtures.draft();
        ReferralDraft unreleased = new ReferralDraft(draft.legalTopic(), draft.administrativeProblem(), draft.description(),
                draft.outcomeSought(), draft.clientName(), draft.clientPostcode(), "kaputt", "31.02.2026", null, "POST",
                "UNKNOWN", false, false, null, false);

        assertThatThrownBy(() -> directLine.open(counsellor, unreleased)).isInstanceOfSatisfying(InvalidDraft.class,
                invalid -> assertThat(invalid.problems()).extracting(FieldProblem::field)
                        .contains("confidentialityReleased", "customerNumber", "bescheidDate"));
    }

    @Test
    void the_thread_is_shared_and_each_sides_notes_stay_internal() {
        Reference reference = consented();

        directLine.writeAsJobcenter(siteManager, reference.value(), version(reference), "Wir prüfen die Unterlagen heute.");
        directLine.noteAsJobcenter(siteManager, reference.value(), version(reference), "Akte liegt bei Team 3.");
        directLine.noteAsCentre(counsellor, reference.value(), version(reference), "Klientin hat Angst vor Kürzung.");
        directLine.writeAsCentre(counsellor, reference.value(), version(reference), "Danke, die Bescheinigung liegt bei.");

        var atJobcenter = directLine.forJobcenter(siteManager, reference.value());
        var atCentre = directLine.forCentre(counsellor, reference.value());
        assertThat(atJobcenter.entries()).extracting(entry -> entry.body().orElse(""))
                .contains("Akte liegt bei Team 3.").doesNotContain("Klientin hat Angst vor Kürzung.");
        assertThat(atCentre.entries()).extracting(entry -> entry.body().orElse(""))
                .contains("Klientin hat Angst vor Kürzung.", "Wir prüfen die Unterlagen heute.")
                .doesNotContain("Akte liegt bei Team 3.");
        assertThat(atJobcenter.referral().clocks().firstResponseAt()).isPresent();
        assertThat(atJobcenter.referral().status()).as("the counsellor wrote last").isEqualTo(ReferralStatus.OPEN);
    }

    @Test
    void a_stale_version_is_refused_so_nothing_is_overwritten() {
        Reference reference = consented();
        int read = version(reference);
        directLine.writeAsJobcenter(siteManager, reference.value(), read, "Erste Antwort.");

        assertThatThrownBy(() -> directLine.writeAsCentre(counsellor, reference.value(), read, "Alte Ansicht"))
                .isInstanceOf(ReferralChanged.class);
    }

    @Test
    void an_overdue_level_climbs_the_ladder_up_to_the_executive_and_is_reported_there_once() {
        Reference reference = consented();
        StaffMember area = staff.member(StaffRole.AREA_MANAGER, "mitte", "wandsbek");
        StaffMember executive = staff.member(StaffRole.EXECUTIVE_MANAGER);
        ReferralId id = referrals.byReference(reference).orElseThrow().id();

        for (EscalationLevel expected : List.of(EscalationLevel.AREA, EscalationLevel.EXECUTIVE)) {
            jdbc.sql("UPDATE referral SET level_due = ? WHERE id = ?")
                    .params(Timestamp.from(Instant.now().minus(Duration.ofMinutes(1))), id.value()).update();
            assertThat(directLine.climb(Instant.now())).isPositive();
            assertThat(referrals.byId(id).orElseThrow().level()).isEqualTo(expected);
        }
        assertThat(directLine.forJobcenter(area, reference.value()).referral().level()).isEqualTo(EscalationLevel.EXECUTIVE);
        assertThat(directLine.forJobcenter(executive, false)).anyMatch(row -> row.reference().equals(reference));
        assertThat(referrals.byId(id).orElseThrow().clocks().levelDue()).as("a fresh clock at each level")
                .hasValueSatisfying(due -> assertThat(due).isAfter(Instant.now()));

        jdbc.sql("UPDATE referral SET level_due = ? WHERE id = ?")
                .params(Timestamp.from(Instant.now().minus(Duration.ofMinutes(1))), id.value()).update();
        directLine.climb(Instant.now());
        directLine.climb(Instant.now());
        assertThat(events.stream(DirectLineEvents.ReferralOverdueAtTop.class).filter(top -> top.referral().equals(id)))
                .hasSize(1);
        assertThat(events.stream(DirectLineEvents.ReferralEscalated.class).filter(up -> up.referral().equals(id)))
                .allMatch(DirectLineEvents.ReferralEscalated::automatic).hasSize(2);
    }

    @Test
    void a_settlement_other_than_a_remedy_needs_reasons_and_the_counsellor_can_take_it_a_level_up() {
        Reference reference = consented();

        assertThatThrownBy(() -> directLine.resolve(siteManager, reference.value(), version(reference),
                ReferralOutcome.NOT_REMEDIED, " ", Optional.empty())).isInstanceOf(IllegalReferralStep.class);
        directLine.resolve(siteManager, reference.value(), version(reference), ReferralOutcome.NOT_REMEDIED,
                "Die Bescheinigung ist unvollständig; bitte Seite 2 nachreichen.", Optional.of(RootCause.COMMUNICATION));
        assertThat(events.stream(DirectLineEvents.ReferralResolved.class).filter(done -> done.reference().equals(reference)))
                .singleElement().satisfies(done -> assertThat(done.cause()).contains(RootCause.COMMUNICATION));

        directLine.escalateAsCentre(counsellor, reference.value(), version(reference),
                "Seite 2 wurde schon im September abgegeben (Eingangsstempel liegt vor).");

        Referral reopened = referrals.byReference(reference).orElseThrow();
        assertThat(reopened.status()).isEqualTo(ReferralStatus.OPEN);
        assertThat(reopened.level()).isEqualTo(EscalationLevel.AREA);
        assertThat(reopened.settlement()).isEmpty();
        assertThatThrownBy(() -> directLine.escalateAsCentre(counsellor, reference.value(), version(reference), " "))
                .isInstanceOf(InvalidDraft.class);
    }

    @Test
    void the_site_management_can_hand_the_referral_to_the_site_in_charge_with_a_reason() {
        Reference reference = consented();
        var wandsbek = sites.byCode(jobcenter.get().id(), "wandsbek").orElseThrow();
        StaffMember wandsbekManager = staff.member(StaffRole.SITE_MANAGER, "wandsbek");

        directLine.reroute(siteManager, reference.value(), version(reference), wandsbek.id(),
                "Die Person ist nach Wandsbek umgezogen.");

        assertThat(directLine.forJobcenter(wandsbekManager, reference.value()).referral().site()).contains(wandsbek.id());
        assertThatThrownBy(() -> directLine.forJobcenter(siteManager, reference.value()))
                .isInstanceOf(ReferralNotFound.class);
    }

    private static final byte[] PDF = "%PDF-1.7\n%Einwilligung".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Test
    void a_signed_consent_form_opens_the_referral_and_both_sides_can_read_it() {
        Reference reference = directLine.open(counsellor, DirectLineFixtures.draft());

        assertThatThrownBy(() -> directLine.recordSignedConsent(counsellor, reference.value(), version(reference),
                "Olena Kovalenko", new Upload("form.exe", "MZ...".getBytes(java.nio.charset.StandardCharsets.US_ASCII))))
                .isInstanceOfSatisfying(InvalidDraft.class, invalid -> assertThat(invalid.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("partner.document.error.type"));
        directLine.recordSignedConsent(counsellor, reference.value(), version(reference), "Olena Kovalenko",
                new Upload("../Einwilligung Kovalenko.pdf", PDF));

        var atSite = directLine.forJobcenter(siteManager, reference.value());
        assertThat(atSite.referral().status()).isEqualTo(ReferralStatus.OPEN);
        ReferralDocument form = atSite.documents().get(0);
        assertThat(form.purpose()).isEqualTo(ReferralDocument.Purpose.CONSENT_FORM);
        assertThat(form.filename()).isEqualTo("Einwilligung Kovalenko.pdf");
        assertThat(directLine.documentForJobcenter(siteManager, reference.value(), form.id()).content()).isEqualTo(PDF);
        assertThat(directLine.documentForCentre(counsellor, reference.value(), form.id()).contentType())
                .isEqualTo("application/pdf");

        directLine.recordWithdrawal(counsellor, reference.value());
        assertThatThrownBy(() -> directLine.documentForJobcenter(siteManager, reference.value(), form.id()))
                .isInstanceOf(ReferralNotFound.class);
    }

    @Test
    void documents_of_one_referral_are_not_reachable_through_another() {
        Reference mine = consented();
        Reference other = consented();
        directLine.attachAsJobcenter(siteManager, other.value(), version(other), new Upload("bescheid.pdf", PDF));
        var document = directLine.forJobcenter(siteManager, other.value()).documents().get(0);

        assertThatThrownBy(() -> directLine.documentForJobcenter(siteManager, mine.value(), document.id()))
                .isInstanceOf(ReferralNotFound.class);
        StaffMember otherCentre = partners.counsellor(partners.centre(CounsellingCentre.Status.APPROVED));
        assertThatThrownBy(() -> directLine.documentForCentre(otherCentre, other.value(), document.id()))
                .isInstanceOf(ReferralNotFound.class);
    }

    @Test
    void each_side_hears_by_mail_what_happened_without_the_clients_data() throws Exception {
        Reference reference = consented();
        directLine.writeAsJobcenter(siteManager, reference.value(), version(reference), "Zahlung geht raus.");

        var toSite = de.lotse.Eventually.atLeast(1, () -> java.util.Arrays.stream(mailServer.getReceivedMessages())
                .filter(mail -> subject(mail).contains(reference.value()))
                .filter(mail -> com.icegreen.greenmail.util.GreenMailUtil.getHeaders(mail).contains("bereitschaft-mitte@"))
                .toList());
        var toCentre = de.lotse.SentMail.to(mailServer, centre.email(), 1);
        assertThat(toSite).singleElement().satisfies(mail -> {
            assertThat(subject(mail)).isEqualTo("Neuer Klärungsfall " + reference.value());
            assertThat(de.lotse.SentMail.plainText(mail)).contains("/arbeit/klaerung/" + reference.value())
                    .doesNotContain("Olena", "Mietbescheinigung");
        });
        assertThat(toCentre).singleElement().satisfies(mail -> assertThat(de.lotse.SentMail.plainText(mail))
                .contains("/partner/klaerungsfaelle/" + reference.value()).doesNotContain("Zahlung geht raus"));
    }

    @Test
    void both_sides_are_reminded_once_when_the_objection_deadline_of_the_bescheid_nears() {
        java.time.LocalDate today = java.time.LocalDate.now(de.lotse.calendar.HamburgCalendar.ZONE);
        java.time.LocalDate dateOnBescheid = today.minusDays(40);
        while (deadlines.forDateOnBescheid(dateOnBescheid).daysLeft() < 1
                || deadlines.forDateOnBescheid(dateOnBescheid).daysLeft() > 7) {
            dateOnBescheid = dateOnBescheid.plusDays(1);
        }
        ReferralDraft draft = DirectLineFixtures.draft();
        Reference reference = directLine.open(counsellor, new ReferralDraft(draft.legalTopic(), draft.administrativeProblem(),
                draft.description(), draft.outcomeSought(), draft.clientName(), draft.clientPostcode(), null,
                dateOnBescheid.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")), "Aufhebungsbescheid",
                "POST", "CORRECT", false, true, null, false));
        directLine.give(secretOf(reference), "Olena Kovalenko", true);
        jdbc.sql("UPDATE referral SET created_at = created_at - interval '20 days' WHERE reference = ?")
                .param(reference.value()).update();

        deadlineWatch.remind(Instant.now());
        deadlineWatch.remind(Instant.now());

        assertThat(events.stream(DirectLineEvents.ReferralDeadlineNearing.class)
                .filter(nearing -> nearing.reference().equals(reference))).singleElement()
                .satisfies(nearing -> assertThat(nearing.site()).isPresent());
    }

    private static String subject(jakarta.mail.internet.MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException unreadable) {
            return "";
        }
    }
}
