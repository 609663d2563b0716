package de.lotse.concerns;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.lotse.organisation.JobcenterId;

/**
 * Removes the personal data of finished concerns from the concern tables, keeping the skeleton statistics count:
 * reference, kind, urgency, topics, site, channel, language, dates, clocks, outcome and the course of its statuses.
 */
@Repository
class ConcernErasure {

    /** A concern due for anonymisation, locked for this transaction. */
    record Due(ConcernId id, Reference reference) {
    }

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    ConcernErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The Jobcenters with finished concerns that still hold personal data. */
    List<JobcenterId> jobcentersWithFinishedConcerns() {
        return jdbc.sql("""
                SELECT DISTINCT jobcenter_id FROM concern
                 WHERE status IN ('RESOLVED', 'CLOSED') AND anonymised_at IS NULL""")
                .query((rs, row) -> new JobcenterId(rs.getObject("jobcenter_id", UUID.class))).list();
    }

    /**
     * Up to {@code limit} concerns of the Jobcenter finished before the cutoff, locked; another instance running at the
     * same time skips them. A resolved concern counts from its resolution: it can be reopened for only 30 days.
     */
    List<Due> due(JobcenterId jobcenter, Instant finishedBefore, int limit) {
        return jdbc.sql("""
                SELECT id, reference FROM concern
                 WHERE jobcenter_id = ? AND status IN ('RESOLVED', 'CLOSED') AND anonymised_at IS NULL
                   AND coalesce(closed_at, resolved_at) < ?
                 ORDER BY coalesce(closed_at, resolved_at) LIMIT ? FOR UPDATE SKIP LOCKED""")
                .params(jobcenter.value(), Timestamp.from(finishedBefore), limit)
                .query((rs, row) -> new Due(new ConcernId(rs.getObject("id", UUID.class)),
                        new Reference(rs.getString("reference"))))
                .list();
    }

    /**
     * Removes what identifies the citizen or tells their story. The status link stops working (its hash and salt are
     * replaced by random bytes). Calls keep their outcome and length, not the note; a merge keeps the other reference.
     */
    void erase(ConcernId concern, Instant now) {
        jdbc.sql("""
                UPDATE concern SET description = '', notice_date = NULL, customer_number = NULL, citizen_name = NULL,
                                   postcode = NULL, contact_email = NULL, contact_phone = NULL,
                                   status_link_hash = ?, status_link_salt = ?, request_fingerprint = ?,
                                   anonymised_at = ?, version = version + 1
                 WHERE id = ? AND anonymised_at IS NULL""")
                .params(randomBytes(32), randomBytes(16), new byte[0], Timestamp.from(now), concern.value())
                .update();
        jdbc.sql("""
                UPDATE concern_timeline_entry
                   SET body = CASE type WHEN 'MERGED_INTO' THEN body
                                        WHEN 'CALL' THEN split_part(body, '|', 1) || '|' || split_part(body, '|', 2) || '|'
                                        ELSE NULL END,
                       translation_body = NULL, translation_language = NULL,
                       idempotency_key_hash = NULL
                 WHERE concern_id = ?""")
                .param(concern.value())
                .update();
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }
}
