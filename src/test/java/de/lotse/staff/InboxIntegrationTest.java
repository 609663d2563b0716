package de.lotse.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.lotse.IntegrationTest;
import de.lotse.concerns.CaseWork;
import de.lotse.concerns.ConcernDraft;
import de.lotse.concerns.ConcernIntake;
import de.lotse.concerns.InboxFilter;
import de.lotse.concerns.InboxRow;
import de.lotse.concerns.LegalTopic;
import de.lotse.concerns.Receipt;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffAccounts;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;

/** The inbox of one site: its own concerns, urgent first, searchable in German, filtered by what matters today. */
@IntegrationTest
class InboxIntegrationTest {

    @Autowired CaseWork caseWork;
    @Autowired ConcernIntake intake;
    @Autowired StaffAccounts accounts;
    @Autowired Sites sites;
    @Autowired CurrentJobcenter jobcenter;
    @Autowired JdbcClient jdbc;

    private StaffMember agent;

    @BeforeEach
    void fixtures() {
        // Wilhelmsburg has no concerns from other tests, so every expectation is exact.
        jdbc.sql("""
                DELETE FROM concern_clock WHERE concern_id IN (SELECT k.id FROM concern k JOIN site s ON s.id = k.site_id
                 WHERE s.code = 'wilhelmsburg')""").update();
        for (String table : new String[] { "concern_timeline_entry", "channel_delivery", "channel_inbound" }) {
            jdbc.sql("DELETE FROM " + table + " WHERE concern_id IN (SELECT k.id FROM concern k JOIN site s ON s.id = k.site_id"
                    + " WHERE s.code = 'wilhelmsburg')").update();
        }
        jdbc.sql("UPDATE concern SET merged_into_id = NULL WHERE merged_into_id IN (SELECT k.id FROM concern k JOIN site s"
                + " ON s.id = k.site_id WHERE s.code = 'wilhelmsburg')").update();
        jdbc.sql("DELETE FROM concern WHERE site_id = (SELECT id FROM site WHERE code = 'wilhelmsburg')").update();
        agent = new StaffFixtures(accounts, sites, jobcenter).member(StaffRole.AGENT, "wilhelmsburg");
    }

    private Receipt concern(String text, String topic, boolean existential) {
        return intake.submit(new ConcernDraft("COMPLAINT", topic, null, text, null, null, null, "21107", false, "NONE",
                null, null, "de", existential), Optional.of(UUID.randomUUID().toString()));
    }

    private InboxFilter filter(String search, LegalTopic topic, boolean overdue, Instant dueBy) {
        return new InboxFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.ofNullable(topic),
                Optional.empty(), Optional.ofNullable(search), overdue, Optional.ofNullable(dueBy), InboxFilter.Queue.ALL, 0);
    }

    @Test
    void existential_concerns_come_first_then_by_due_time() {
        Receipt normal = concern("Frage zur Miete", null, false);
        Receipt urgent = concern("Strom wird morgen abgestellt", null, true);

        assertThat(caseWork.inbox(agent, InboxFilter.all()).rows()).extracting(InboxRow::reference)
                .containsExactly(urgent.reference(), normal.reference());
        assertThat(caseWork.inbox(agent, InboxFilter.all()).count(de.lotse.concerns.ConcernStatus.RECEIVED)).isEqualTo(2);
    }

    @Test
    void finds_concerns_by_german_words_in_any_form_and_by_reference() {
        Receipt rent = concern("Die Mieten wurden nicht überwiesen", null, false);
        Receipt other = concern("Termin beim Arbeitsvermittler verschoben", null, false);

        assertThat(caseWork.inbox(agent, filter("Miete", null, false, null)).rows()).extracting(InboxRow::reference)
                .containsExactly(rent.reference());
        assertThat(caseWork.inbox(agent, filter(other.reference().value().toLowerCase(), null, false, null)).rows())
                .extracting(InboxRow::reference).containsExactly(other.reference());
    }

    @Test
    void a_typed_reference_finds_its_concern_even_when_closed_but_words_search_open_work_only() {
        Receipt closed = concern("Die Miete kam zu spät", null, false);
        jdbc.sql("UPDATE concern SET status = 'CLOSED' WHERE reference = ?").param(closed.reference().value()).update();

        assertThat(caseWork.inbox(agent, filter(closed.reference().value().replace("-", " "), null, false, null)).rows())
                .extracting(InboxRow::reference).containsExactly(closed.reference());
        assertThat(caseWork.inbox(agent, filter("Miete", null, false, null)).rows()).isEmpty();
    }

    @Test
    void counts_per_status_follow_the_other_filters_and_count_history_only_when_asked() {
        concern("Heizkosten nicht übernommen", "HOUSING_AND_HEATING", false);
        concern("Termin verschoben", null, false);
        Receipt closed = concern("Heizung kalt", "HOUSING_AND_HEATING", false);
        jdbc.sql("UPDATE concern SET status = 'CLOSED' WHERE reference = ?").param(closed.reference().value()).update();

        var housing = caseWork.inbox(agent, filter(null, LegalTopic.HOUSING_AND_HEATING, false, null));
        assertThat(housing.total()).isEqualTo(1);
        assertThat(housing.count(de.lotse.concerns.ConcernStatus.RECEIVED)).isEqualTo(1);
        assertThat(housing.counted(de.lotse.concerns.ConcernStatus.CLOSED)).isFalse();
        assertThat(caseWork.inbox(agent, InboxFilter.all()).count(de.lotse.concerns.ConcernStatus.RECEIVED)).isEqualTo(2);

        var history = caseWork.inbox(agent, new InboxFilter(Optional.of(de.lotse.concerns.ConcernStatus.CLOSED),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false,
                Optional.empty(), InboxFilter.Queue.ALL, 0));
        assertThat(history.total()).isEqualTo(1);
        assertThat(history.counted(de.lotse.concerns.ConcernStatus.CLOSED)).isTrue();
        assertThat(history.rows()).extracting(InboxRow::reference).containsExactly(closed.reference());
        assertThat(history.count(de.lotse.concerns.ConcernStatus.RECEIVED)).isEqualTo(2);
    }

    @Test
    void the_kept_status_counts_match_a_fresh_count_after_intake_steps_merges_and_deletes() {
        Receipt first = concern("Erstes", null, false);
        Receipt second = concern("Zweites", null, false);
        caseWork.take(agent, first.reference().value(), caseWork.open(agent, first.reference().value()).version(),
                de.lotse.concerns.CaseStep.START_WORK, Optional.empty(), Optional.empty());
        caseWork.merge(agent, second.reference().value(), caseWork.open(agent, second.reference().value()).version(),
                first.reference().value());
        concern("Drittes", null, true);
        // Deletes are counted too: every test of this class starts by deleting the site's concerns.

        String kept = """
                SELECT string_agg(site_id || ':' || status || '=' || n, ',' ORDER BY site_id, status)
                  FROM (SELECT site_id, status, sum(n) AS n FROM inbox_status_count GROUP BY site_id, status) c
                 WHERE n <> 0""";
        String counted = """
                SELECT string_agg(site_id || ':' || status || '=' || n, ',' ORDER BY site_id, status)
                  FROM (SELECT site_id, status, count(*) AS n FROM concern WHERE site_id IS NOT NULL
                         GROUP BY site_id, status) c""";
        assertThat(jdbc.sql(kept).query(String.class).single()).isEqualTo(jdbc.sql(counted).query(String.class).single());
    }

    @Test
    void separates_my_concerns_from_the_unassigned_ones() {
        Receipt mine = concern("Meins", null, false);
        Receipt open = concern("Offen", null, false);
        caseWork.assign(agent, mine.reference().value(), caseWork.open(agent, mine.reference().value()).version(),
                Optional.of(agent));

        InboxFilter.Queue[] queues = { InboxFilter.Queue.MINE, InboxFilter.Queue.UNASSIGNED };
        assertThat(caseWork.inbox(agent, queue(queues[0])).rows()).extracting(InboxRow::reference)
                .containsExactly(mine.reference());
        assertThat(caseWork.inbox(agent, queue(queues[1])).rows()).extracting(InboxRow::reference)
                .containsExactly(open.reference());
    }

    @Test
    void staff_correct_the_topic_a_citizen_did_not_know() {
        Receipt unknown = concern("Es geht um die Heizung", null, false);
        caseWork.classify(agent, unknown.reference().value(), caseWork.open(agent, unknown.reference().value()).version(),
                de.lotse.concerns.ConcernKind.BENEFIT_CONFLICT, LegalTopic.HOUSING_AND_HEATING,
                de.lotse.concerns.AdministrativeProblem.PAYMENTS_AND_PROCESSING_TIME);

        assertThat(caseWork.inbox(agent, filter(null, LegalTopic.HOUSING_AND_HEATING, false, null)).rows())
                .extracting(InboxRow::reference).containsExactly(unknown.reference());
    }

    @Test
    void nobody_gets_a_concern_of_a_site_they_do_not_work_at() {
        Receipt receipt = concern("Text", null, false);
        StaffMember stranger = new StaffFixtures(accounts, sites, jobcenter).member(StaffRole.AGENT, "altona");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> caseWork.assign(agent, receipt.reference().value(),
                caseWork.open(agent, receipt.reference().value()).version(), Optional.of(stranger)))
                .isInstanceOf(de.lotse.concerns.ConcernNotFound.class);
    }

    private InboxFilter queue(InboxFilter.Queue queue) {
        return new InboxFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), false, Optional.empty(), queue, 0);
    }

    @Test
    void filters_by_topic_overdue_and_due_today() {
        Receipt housing = concern("Heizkosten", "HOUSING_AND_HEATING", false);
        Receipt late = concern("Schon lange offen", null, false);
        jdbc.sql("UPDATE concern SET next_due_at = ? WHERE reference = ?")
                .params(Timestamp.from(Instant.now().minus(Duration.ofHours(1))), late.reference().value()).update();

        assertThat(caseWork.inbox(agent, filter(null, LegalTopic.HOUSING_AND_HEATING, false, null)).rows())
                .extracting(InboxRow::reference).containsExactly(housing.reference());
        assertThat(caseWork.inbox(agent, filter(null, null, true, null)).rows()).extracting(InboxRow::reference)
                .containsExactly(late.reference());
        assertThat(caseWork.inbox(agent, filter(null, null, false, Instant.now().plus(Duration.ofMinutes(1)))).rows())
                .extracting(InboxRow::reference).containsExactly(late.reference());
    }
}
