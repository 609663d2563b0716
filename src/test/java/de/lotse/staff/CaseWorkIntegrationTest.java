package de.lotse.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.lotse.IntegrationTest;
import de.lotse.concerns.CaseStep;
import de.lotse.concerns.CaseWork;
import de.lotse.concerns.ChangedMeanwhile;
import de.lotse.concerns.CitizenAccess;
import de.lotse.concerns.CitizenView;
import de.lotse.concerns.ConcernDraft;
import de.lotse.concerns.ConcernIntake;
import de.lotse.concerns.ConcernNotFound;
import de.lotse.concerns.ConcernStatus;
import de.lotse.concerns.InvalidDraft;
import de.lotse.concerns.Outcome;
import de.lotse.concerns.OutcomeCause;
import de.lotse.concerns.Receipt;
import de.lotse.concerns.TimelineEntry;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffAccounts;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;

@IntegrationTest
class CaseWorkIntegrationTest {

    @Autowired CaseWork caseWork;
    @Autowired ConcernIntake intake;
    @Autowired CitizenAccess citizens;
    @Autowired StaffAccounts accounts;
    @Autowired Sites sites;
    @Autowired CurrentJobcenter jobcenter;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private StaffMember agent;

    @BeforeEach
    void fixtures() {
        agent = new StaffFixtures(accounts, sites, jobcenter).member(StaffRole.AGENT, "mitte");
    }

    private Receipt aConcern() {
        return intake.submit(new ConcernDraft("COMPLAINT", null, null, "Mein Antrag liegt seit Wochen.", null, null, null,
                "20095", false, "NONE", null, null, "de", false), Optional.empty());
    }

    private int version(Receipt receipt) {
        return caseWork.open(agent, receipt.reference().value()).version();
    }

    @Test
    void a_reply_reaches_the_citizens_status_page_without_the_staff_name() {
        Receipt receipt = aConcern();

        caseWork.reply(agent, receipt.reference().value(), version(receipt), "Wir haben Ihren Antrag gefunden.");

        CitizenView view = citizens.open(receipt.secret().value(), "citizen", "test");
        assertThat(view.status()).isEqualTo(ConcernStatus.IN_PROGRESS);
        assertThat(view.timeline()).filteredOn(entry -> entry.type() == TimelineEntry.Type.STAFF_REPLY)
                .singleElement().satisfies(entry -> assertThat(entry.body()).contains("Wir haben Ihren Antrag gefunden."));
    }

    @Test
    void a_second_writer_with_an_old_version_is_told_instead_of_overwriting() {
        Receipt receipt = aConcern();
        int seen = version(receipt);
        caseWork.note(agent, receipt.reference().value(), seen, "Kollegin: Akte angefordert");

        assertThatThrownBy(() -> caseWork.take(agent, receipt.reference().value(), seen, CaseStep.START_WORK,
                Optional.empty(), Optional.empty())).isInstanceOf(ChangedMeanwhile.class);
    }

    @Test
    void resolving_asks_for_outcome_and_cause() {
        Receipt receipt = aConcern();
        assertThatThrownBy(() -> caseWork.take(agent, receipt.reference().value(), version(receipt), CaseStep.RESOLVE,
                Optional.of(Outcome.GRANTED), Optional.empty())).isInstanceOf(InvalidDraft.class);

        caseWork.take(agent, receipt.reference().value(), version(receipt), CaseStep.RESOLVE, Optional.of(Outcome.GRANTED),
                Optional.of(OutcomeCause.PROCESSING_DELAY));
        assertThat(caseWork.open(agent, receipt.reference().value()).status()).isEqualTo(ConcernStatus.RESOLVED);
    }

    @Test
    void nobody_works_on_another_sites_concern() {
        Receipt receipt = aConcern();
        StaffMember harburg = new StaffFixtures(accounts, sites, jobcenter).member(StaffRole.SITE_MANAGER, "harburg");

        assertThatThrownBy(() -> caseWork.reply(harburg, receipt.reference().value(), 0, "Hallo"))
                .isInstanceOf(ConcernNotFound.class);
    }

    @Test
    void merging_a_duplicate_closes_it_points_the_citizen_on_and_keeps_its_text() {
        Receipt kept = aConcern();
        Receipt duplicate = intake.submit(new ConcernDraft("COMPLAINT", null, null, "Nochmal: mein Antrag liegt.", null,
                null, null, "20095", false, "NONE", null, null, "de", false), Optional.empty());

        assertThat(caseWork.merge(agent, duplicate.reference().value(), version(duplicate),
                kept.reference().value().toLowerCase())).isEqualTo(kept.reference());

        CitizenView view = citizens.open(duplicate.secret().value(), "citizen", "test");
        assertThat(view.status()).isEqualTo(ConcernStatus.CLOSED);
        assertThat(view.timeline()).anySatisfy(entry -> {
            assertThat(entry.type()).isEqualTo(TimelineEntry.Type.MERGED_INTO);
            assertThat(entry.body()).contains(kept.reference().value());
        });
        var keptConcern = caseWork.open(agent, kept.reference().value());
        assertThat(keptConcern.timeline()).anySatisfy(entry -> {
            assertThat(entry.type()).isEqualTo(TimelineEntry.Type.MERGED_FROM);
            assertThat(entry.body().orElseThrow()).contains("Nochmal: mein Antrag liegt.");
        });
        assertThat(citizens.open(kept.secret().value(), "citizen", "test").timeline())
                .noneMatch(entry -> entry.type() == TimelineEntry.Type.MERGED_FROM);
        assertThat(caseWork.open(agent, duplicate.reference().value()).mergedInto()).contains(keptConcern.id());
    }

    @Test
    void a_duplicate_merges_only_into_another_open_concern_of_the_same_site() {
        Receipt duplicate = aConcern();
        Receipt harburg = intake.submit(new ConcernDraft("QUESTION", null, null, "Frage", null, null, null, "21073", false,
                "NONE", null, null, "de", false), Optional.empty());
        String reference = duplicate.reference().value();

        assertThatThrownBy(() -> caseWork.merge(agent, reference, version(duplicate), harburg.reference().value()))
                .isInstanceOfSatisfying(InvalidDraft.class, invalid -> assertThat(invalid.problems().get(0).messageKey())
                        .isEqualTo("staff.error.mergeNotFound"));
        assertThatThrownBy(() -> caseWork.merge(agent, reference, version(duplicate), reference))
                .isInstanceOfSatisfying(InvalidDraft.class, invalid -> assertThat(invalid.problems().get(0).messageKey())
                        .isEqualTo("staff.error.mergeItself"));
        assertThatThrownBy(() -> caseWork.merge(agent, reference, version(duplicate), "HH-2026-nonsense"))
                .isInstanceOfSatisfying(InvalidDraft.class, invalid -> assertThat(invalid.problems().get(0).messageKey())
                        .isEqualTo("staff.error.mergeReference"));
        assertThat(caseWork.open(agent, reference).status()).isEqualTo(ConcernStatus.RECEIVED);
    }

    @Test
    void a_noted_call_with_a_bad_duration_is_refused_and_a_missed_one_restarts_the_callback_promise_in_the_database() {
        Receipt receipt = intake.submit(new ConcernDraft("CALLBACK_REQUEST", null, null, "Bitte rufen Sie mich an.", null,
                null, null, "20095", false, "PHONE", null, "040 1234567", "de", false), Optional.empty());
        String reference = receipt.reference().value();

        assertThatThrownBy(() -> caseWork.recordCall(agent, reference, version(receipt),
                de.lotse.concerns.CallOutcome.REACHED, "eine Stunde", ""))
                .isInstanceOfSatisfying(InvalidDraft.class, invalid -> assertThat(invalid.problems().get(0).field())
                        .isEqualTo("minutes"));
        jdbc.sql("UPDATE concern_clock SET warned_at = now() WHERE level = 'CALLBACK' AND concern_id = "
                + "(SELECT id FROM concern WHERE reference = ?)").param(reference).update();

        caseWork.recordCall(agent, reference, version(receipt), de.lotse.concerns.CallOutcome.NOT_REACHED, "1", "");

        assertThat(jdbc.sql("""
                SELECT warned_at IS NULL AND stopped_at IS NULL AND started_at > now() - interval '1 minute'
                  FROM concern_clock WHERE level = 'CALLBACK' AND concern_id = (SELECT id FROM concern WHERE reference = ?)""")
                .param(reference).query(Boolean.class).single()).as("a new promise, to be warned about anew").isTrue();
        assertThat(citizens.open(receipt.secret().value(), "citizen", "test").timeline())
                .noneMatch(entry -> entry.type() == TimelineEntry.Type.CALL);
    }
}
