package de.lotse.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.lotse.IntegrationTest;
import de.lotse.organisation.CounsellingCentre;
import de.lotse.organisation.CounsellingCentres;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffAccounts;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;
import de.lotse.staff.StaffFixtures;

/**
 * Referrals settled before the insights listened are projected once, in the month they were settled, under their
 * pseudonym; rows the listener wrote stay as they are, and running it again writes nothing.
 */
@IntegrationTest
class ReferralBackfillIntegrationTest {

    @Autowired ProjectionBackfill backfill;
    @Autowired Pseudonyms pseudonyms;
    @Autowired CounsellingCentres centres;
    @Autowired StaffAccounts accounts;
    @Autowired Sites sites;
    @Autowired CurrentJobcenter jobcenter;
    @Autowired JdbcClient jdbc;

    /** A referral as the direct line left it when it was settled on that day, written as its tables hold it. */
    private UUID settledReferral(LocalDate settledOn, String outcome, String status) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        CounsellingCentre centre = centres.register(jobcenter.get().id(), "Beratung " + unique, "Caritas (Test)",
                CounsellingCentre.Kind.WELFARE_ASSOCIATION, "alt-" + unique + "@example.org", Optional.empty(),
                Optional.empty(), CounsellingCentre.Status.APPROVED, Instant.now());
        StaffMember counsellor = accounts.createCounsellor(jobcenter.get().id(), centre.id(), "alt-" + unique,
                "Beraterin " + unique, StaffRole.COUNSELLOR, StaffFixtures.PASSWORD);
        UUID id = UUID.randomUUID();
        Timestamp settled = Timestamp.from(settledOn.atTime(10, 0).atZone(de.lotse.calendar.HamburgCalendar.ZONE).toInstant());
        jdbc.sql("""
                INSERT INTO referral (id, jobcenter_id, reference, centre_id, opened_by, site_id, status, level, urgency,
                       legal_topic, administrative_problem, description, outcome_sought, client_name,
                       confidentiality_released, outcome, root_cause, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'AREA', 'NORMAL', 'HOUSING_AND_HEATING', 'HANDLING_OF_DOCUMENTS', 'Alt',
                        'Abhilfe', 'Klientin', TRUE, ?, ?, ?, ?)""")
                .params(id, jobcenter.get().id().value(), "KL-ALT-" + unique, centre.id().value(), counsellor.id().value(),
                        sites.byCode(jobcenter.get().id(), "harburg").orElseThrow().id().value(), status, outcome,
                        outcome == null ? null : "DOCUMENTS_LOST", settled, Timestamp.from(Instant.now()))
                .update();
        if (outcome != null) {
            jdbc.sql("""
                    INSERT INTO referral_entry (id, referral_id, position, type, audience, actor, body, occurred_at)
                    VALUES (?, ?, 0, 'RESOLVED', 'SHARED', 'Standortleitung', NULL, ?)""")
                    .params(UUID.randomUUID(), id, settled).update();
        }
        return id;
    }

    private List<Map<String, Object>> rowOf(UUID referral) {
        return jdbc.sql("SELECT * FROM insight_referral WHERE pseudonym = ?")
                .param(pseudonyms.of(ReferralProjection.KIND, referral)).query().listOfRows();
    }

    @Test
    void settled_referrals_without_a_row_are_projected_once_in_the_month_they_were_settled() {
        UUID old = settledReferral(LocalDate.of(2019, 5, 31), "PARTLY_REMEDIED", "RESOLVED");
        UUID open = settledReferral(LocalDate.of(2019, 5, 31), null, "OPEN");
        UUID listened = settledReferral(LocalDate.of(2019, 6, 3), "REMEDIED", "RESOLVED");
        // the listener had written this one, as it stood then
        jdbc.sql("""
                INSERT INTO insight_referral (pseudonym, jobcenter_id, site_id, resolved_month, legal_topic,
                       administrative_problem, outcome, root_cause, escalation_level)
                VALUES (?, ?, NULL, DATE '2019-06-01', 'HOUSING_AND_HEATING', 'HANDLING_OF_DOCUMENTS', 'NOT_REMEDIED', NULL, 'SITE')""")
                .params(pseudonyms.of(ReferralProjection.KIND, listened), jobcenter.get().id().value()).update();

        int written = backfill.backfillReferrals();

        assertThat(written).isPositive();
        assertThat(rowOf(old)).singleElement().satisfies(row -> {
            assertThat(row.get("resolved_month").toString()).isEqualTo("2019-05-01");
            assertThat(row).containsEntry("outcome", "PARTLY_REMEDIED").containsEntry("root_cause", "DOCUMENTS_LOST")
                    .containsEntry("escalation_level", "AREA").containsEntry("legal_topic", "HOUSING_AND_HEATING");
            assertThat(row.values()).noneMatch(value -> String.valueOf(value).contains(old.toString()));
        });
        assertThat(rowOf(open)).as("not settled").isEmpty();
        assertThat(rowOf(listened)).singleElement().satisfies(row -> assertThat(row).containsEntry("outcome", "NOT_REMEDIED"));
        assertThat(backfill.backfillReferrals()).as("a second run").isZero();
    }
}
