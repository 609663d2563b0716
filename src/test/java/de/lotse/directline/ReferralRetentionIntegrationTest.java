package de.lotse.directline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.lotse.IntegrationTest;
import de.lotse.MutableClock;
import de.lotse.concerns.Reference;
import de.lotse.organisation.CounsellingCentre;
import de.lotse.organisation.CounsellingCentres;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffAccounts;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;
import de.lotse.privacy.RetentionRuns;
import de.lotse.staff.StaffFixtures;

/** Ended referrals lose the client's data once the Jobcenter's referral retention period is over. */
@IntegrationTest
class ReferralRetentionIntegrationTest {

    private static final byte[] PDF = "%PDF-1.4 Bescheid".getBytes(StandardCharsets.US_ASCII);

    @Autowired DirectLine directLine;
    @Autowired ConsentLinks links;
    @Autowired Referrals referrals;
    @Autowired ReferralErasure erasure;
    @Autowired RetentionRuns runs;
    @Autowired CounsellingCentres centres;
    @Autowired StaffAccounts accounts;
    @Autowired Sites sites;
    @Autowired CurrentJobcenter jobcenter;
    @Autowired JdbcClient jdbc;

    private final MutableClock clock = new MutableClock(Instant.now());
    private ReferralRetention retention;
    private StaffMember counsellor;
    private StaffMember siteManager;

    @BeforeEach
    void setUp() {
        retention = new ReferralRetention(erasure, runs, clock);
        DirectLineFixtures partners = new DirectLineFixtures(centres, accounts, jobcenter);
        counsellor = partners.counsellor(partners.centre(CounsellingCentre.Status.APPROVED));
        siteManager = new StaffFixtures(accounts, sites, jobcenter).member(StaffRole.SITE_MANAGER, "mitte");
    }

    private Reference consentedWithDocument() {
        Reference reference = directLine.open(counsellor, DirectLineFixtures.draft());
        directLine.give(links.secretFor(referrals.byReference(reference).orElseThrow().id()), "Olena Kovalenko", true);
        directLine.attachAsCentre(counsellor, reference.value(), version(reference), new Upload("bescheid.pdf", PDF));
        return reference;
    }

    private Reference resolvedMonthsAgo(int months) {
        Reference reference = consentedWithDocument();
        directLine.resolve(siteManager, reference.value(), version(reference), ReferralOutcome.REMEDIED,
                "Nachzahlung angewiesen.", Optional.of(RootCause.COMMUNICATION));
        jdbc.sql("UPDATE referral SET updated_at = ? WHERE reference = ?")
                .params(Timestamp.from(clock.instant().atOffset(ZoneOffset.UTC).minusMonths(months).toInstant()),
                        reference.value())
                .update();
        return reference;
    }

    private int version(Reference reference) {
        return referrals.byReference(reference).orElseThrow().version();
    }

    private long documents(Reference reference) {
        return jdbc.sql("SELECT count(*) FROM referral_document d JOIN referral r ON r.id = d.referral_id WHERE r.reference = ?")
                .param(reference.value()).query(Long.class).single();
    }

    @Test
    void an_ended_referral_past_its_period_keeps_only_its_skeleton() {
        Reference old = resolvedMonthsAgo(23);

        retention.anonymiseDue();
        assertThat(referrals.byReference(old).orElseThrow().content().clientName()).isEqualTo("Olena Kovalenko");

        clock.advance(Duration.ofDays(61));
        retention.anonymiseDue();

        Referral skeleton = referrals.byReference(old).orElseThrow();
        assertThat(skeleton.content().clientName()).isEmpty();
        assertThat(skeleton.content().customerNumber()).isEmpty();
        assertThat(skeleton.content().description()).isEmpty();
        assertThat(documents(old)).isZero();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM referral_entry e JOIN referral r ON r.id = e.referral_id
                 WHERE r.reference = ? AND e.body IS NOT NULL""").param(old.value()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM referral_consent c JOIN referral r ON r.id = c.referral_id
                 WHERE r.reference = ? AND c.given_by IS NOT NULL""").param(old.value()).query(Long.class).single()).isZero();
        assertThat(skeleton.status()).isEqualTo(ReferralStatus.RESOLVED);
        assertThat(skeleton.settlement()).hasValueSatisfying(settled ->
                assertThat(settled.outcome()).isEqualTo(ReferralOutcome.REMEDIED));
    }

    @Test
    void an_open_referral_keeps_its_data_however_old() {
        Reference open = consentedWithDocument();
        jdbc.sql("UPDATE referral SET updated_at = ?, created_at = ? WHERE reference = ?")
                .params(Timestamp.from(clock.instant().minus(Duration.ofDays(1000))),
                        Timestamp.from(clock.instant().minus(Duration.ofDays(1000))), open.value())
                .update();

        clock.advance(Duration.ofDays(61));
        retention.anonymiseDue();

        assertThat(referrals.byReference(open).orElseThrow().content().clientName()).isEqualTo("Olena Kovalenko");
        assertThat(documents(open)).isOne();
    }
}
