package de.lotse.directline;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.lotse.organisation.JobcenterId;

/**
 * Removes the client's personal data from ended referrals: name, postcode, customer number, attorney, the texts of
 * the case and its thread, the documents, the name on the consent. Kept for statistics: reference, centre, site,
 * level, topics, urgency, dates, clocks, outcome and root cause.
 */
@Repository
class ReferralErasure {

    /** Ended referrals; one that never got its consent ends with its last change. */
    private static final String ENDED = "('RESOLVED', 'CONSENT_WITHDRAWN', 'CONSENT_EXPIRED', 'AWAITING_CONSENT')";

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    ReferralErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<JobcenterId> jobcentersWithEndedReferrals() {
        return jdbc.sql("SELECT DISTINCT jobcenter_id FROM referral WHERE anonymised_at IS NULL AND status IN " + ENDED)
                .query((rs, row) -> new JobcenterId(rs.getObject("jobcenter_id", UUID.class))).list();
    }

    /** Up to {@code limit} referrals of the Jobcenter ended before the cutoff, locked for this transaction. */
    List<ReferralId> due(JobcenterId jobcenter, Instant endedBefore, int limit) {
        return jdbc.sql("""
                SELECT id FROM referral
                 WHERE jobcenter_id = ? AND anonymised_at IS NULL AND updated_at < ? AND status IN\s""" + ENDED + """
                 ORDER BY updated_at LIMIT ? FOR UPDATE SKIP LOCKED""")
                .params(jobcenter.value(), Timestamp.from(endedBefore), limit)
                .query((rs, row) -> new ReferralId(rs.getObject("id", UUID.class))).list();
    }

    void erase(ReferralId referral, Instant now) {
        UUID id = referral.value();
        jdbc.sql("""
                UPDATE referral SET description = '', outcome_sought = '', client_name = '', client_postcode = NULL,
                                    customer_number = NULL, attorney = NULL, bescheid_kind = NULL, outcome_reason = NULL,
                                    anonymised_at = ?, version = version + 1
                 WHERE id = ? AND anonymised_at IS NULL""")
                .params(Timestamp.from(now), id).update();
        jdbc.sql("UPDATE referral_entry SET body = NULL WHERE referral_id = ?").param(id).update();
        jdbc.sql("DELETE FROM referral_document WHERE referral_id = ?").param(id).update();
        byte[] token = new byte[32];
        random.nextBytes(token);
        jdbc.sql("UPDATE referral_consent SET given_by = NULL, token_hash = ? WHERE referral_id = ?")
                .params(token, id).update();
    }
}
