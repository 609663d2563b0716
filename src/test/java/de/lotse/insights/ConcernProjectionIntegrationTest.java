package de.lotse.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import de.lotse.Eventually;
import de.lotse.IntegrationTest;
import de.lotse.concerns.CaseStep;
import de.lotse.concerns.CaseWork;
import de.lotse.concerns.ConcernDraft;
import de.lotse.concerns.ConcernEvents.ConcernAnonymised;
import de.lotse.concerns.ConcernId;
import de.lotse.concerns.ConcernIntake;
import de.lotse.concerns.Outcome;
import de.lotse.concerns.OutcomeCause;
import de.lotse.concerns.Receipt;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffAccounts;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;
import de.lotse.staff.StaffFixtures;

/** Concerns reach the insights only as pseudonymised rows, kept in step by events and filled once for old concerns. */
@IntegrationTest
class ConcernProjectionIntegrationTest {

    @Autowired ConcernIntake intake;
    @Autowired CaseWork caseWork;
    @Autowired ConcernProjection projection;
    @Autowired ProjectionBackfill backfill;
    @Autowired StaffAccounts accounts;
    @Autowired Sites sites;
    @Autowired CurrentJobcenter jobcenter;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;

    private Receipt aComplaint(String text) {
        return intake.submit(new ConcernDraft("COMPLAINT", "HOUSING_AND_HEATING", "HANDLING_OF_DOCUMENTS", text, null,
                "123A456789", "Jan Kowalski", "20095", false, "EMAIL", "jan.kowalski@example.org", null, "de", true),
                Optional.empty());
    }

    private UUID concernId(Receipt receipt) {
        return jdbc.sql("SELECT id FROM concern WHERE reference = ?").param(receipt.reference().value())
                .query(UUID.class).single();
    }

    private List<Map<String, Object>> rowOf(UUID concern) {
        UUID pseudonym = projection.pseudonymOf(new de.lotse.concerns.ConcernId(concern));
        return jdbc.sql("SELECT * FROM insight_concern WHERE pseudonym = ?").param(pseudonym).query().listOfRows();
    }

    @Test
    void a_new_concern_becomes_a_row_without_anything_that_names_the_citizen() throws InterruptedException {
        Receipt receipt = aComplaint("Ich, Jan Kowalski (Kundennummer 123A456789, jan.kowalski@example.org), habe die "
                + "Mietbescheinigung am 02.03.2026 abgegeben, sie gilt als nicht eingegangen.");
        UUID concern = concernId(receipt);

        Map<String, Object> row = Eventually.atLeast(1, () -> rowOf(concern)).get(0);

        assertThat(row.get("pseudonym")).isNotEqualTo(concern);
        assertThat(row).containsEntry("legal_topic", "HOUSING_AND_HEATING")
                .containsEntry("administrative_problem", "HANDLING_OF_DOCUMENTS").containsEntry("channel", "EMAIL")
                .containsEntry("kind", "COMPLAINT").containsEntry("existential", true);
        assertThat(row.get("received_month").toString()).endsWith("-01");
        assertThat((String) row.get("snippet")).contains("Mietbescheinigung").doesNotContain("Kowalski", "123A456789",
                "jan.kowalski", "02.03.2026");
        assertThat(row.values().stream().map(String::valueOf)).noneMatch(value -> value.contains(receipt.reference().value()));
    }

    @Test
    void resolving_a_concern_brings_its_durations_and_outcome_into_the_row() throws InterruptedException {
        Receipt receipt = aComplaint("Die Heizkosten wurden nicht übernommen.");
        UUID concern = concernId(receipt);
        StaffMember agent = new StaffFixtures(accounts, sites, jobcenter).member(StaffRole.AGENT, "mitte");
        var opened = caseWork.open(agent, receipt.reference().value());
        caseWork.take(agent, receipt.reference().value(), opened.version(), CaseStep.RESOLVE,
                Optional.of(Outcome.PARTLY_GRANTED), Optional.of(OutcomeCause.LAW_APPLIED_WRONGLY));

        List<Map<String, Object>> resolved = Eventually.atLeast(1, () -> rowOf(concern).stream()
                .filter(row -> row.get("outcome") != null).toList());

        assertThat(resolved.get(0)).containsEntry("outcome", "PARTLY_GRANTED")
                .containsEntry("outcome_cause", "LAW_APPLIED_WRONGLY");
        assertThat((Long) resolved.get(0).get("resolve_seconds")).isNotNegative();
        assertThat(resolved.get(0).get("same_day_breached")).isEqualTo(false);
    }

    @Test
    void the_monthly_counters_add_up_to_the_projection_after_inserts_updates_and_deletes() throws InterruptedException {
        Receipt receipt = aComplaint("Der Bescheid ist falsch berechnet.");
        UUID concern = concernId(receipt);
        Eventually.atLeast(1, () -> rowOf(concern));
        jdbc.sql("UPDATE insight_concern SET legal_topic = 'INCOME_AND_ASSETS' WHERE pseudonym = ?")
                .param(projection.pseudonymOf(new de.lotse.concerns.ConcernId(concern))).update();

        String counted = "SELECT jobcenter_id, month, site_key, legal_topic, n FROM insight_month_count WHERE n > 0 ORDER BY 1, 2, 3, 4";
        String projected = """
                SELECT jobcenter_id, received_month AS month,
                       coalesce(site_id, '00000000-0000-0000-0000-000000000000') AS site_key, legal_topic, count(*) AS n
                  FROM insight_concern GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4""";
        assertThat(jdbc.sql(counted).query().listOfRows()).isEqualTo(jdbc.sql(projected).query().listOfRows());
    }

    @Test
    void the_backfill_projects_concerns_that_have_no_row_yet() throws InterruptedException {
        Receipt receipt = aComplaint("Seit Wochen erreiche ich niemanden.");
        UUID concern = concernId(receipt);
        Eventually.atLeast(1, () -> rowOf(concern));
        jdbc.sql("DELETE FROM insight_concern WHERE pseudonym = ?")
                .param(projection.pseudonymOf(new de.lotse.concerns.ConcernId(concern))).update();

        assertThat(backfill.backfill()).isPositive();

        assertThat(rowOf(concern)).hasSize(1);
    }

    @Test
    void an_anonymised_concern_keeps_its_counts_but_loses_pseudonym_and_snippet_and_is_not_projected_again()
            throws InterruptedException {
        String token = "Vorgang" + UUID.randomUUID().toString().substring(0, 8);
        Receipt receipt = aComplaint("Die Mietbescheinigung ist verschwunden, " + token + ".");
        UUID concern = concernId(receipt);
        Map<String, Object> before = new java.util.HashMap<>(Eventually.atLeast(1, () -> rowOf(concern)).get(0));
        String counted = "SELECT facet, value, n FROM insight_cell WHERE jobcenter_id = ? AND month = ? AND legal_topic = ?"
                + " ORDER BY 1, 2";
        Object[] key = {before.get("jobcenter_id"), before.get("received_month"), before.get("legal_topic")};
        List<Map<String, Object>> cellsBefore = jdbc.sql(counted).params(key).query().listOfRows();

        transactions.executeWithoutResult(status -> events.publishEvent(
                new ConcernAnonymised(new ConcernId(concern), receipt.reference(), java.time.Instant.now())));

        assertThat(rowOf(concern)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM insight_concern WHERE snippet LIKE ?").param("%" + token + "%")
                .query(Long.class).single()).isZero();
        List<Map<String, Object>> cut = jdbc.sql("SELECT * FROM insight_concern WHERE snippet = '' AND jobcenter_id = ?"
                + " AND received_week = ? AND legal_topic = ? AND channel = ? AND kind = ?"
                + " AND acknowledge_seconds IS NOT DISTINCT FROM ?::bigint")
                .params(before.get("jobcenter_id"), before.get("received_week"), before.get("legal_topic"),
                        before.get("channel"), before.get("kind"), before.get("acknowledge_seconds")).query().listOfRows();
        assertThat(cut).isNotEmpty().noneMatch(row -> row.get("pseudonym").equals(before.get("pseudonym")));
        assertThat(jdbc.sql(counted).params(key).query().listOfRows()).as("published figures stay").isEqualTo(cellsBefore);

        assertThat(projection.refresh(new ConcernId(concern))).as("a late event").isFalse();
        backfill.backfill();
        assertThat(rowOf(concern)).isEmpty();
    }
}
