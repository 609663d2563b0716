package de.lotse.insights;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.lotse.organisation.JobcenterId;

/**
 * The send record of the partner report: one row per Jobcenter, quarter and address, written before sending. Each
 * statement commits on its own (no surrounding transaction), so a claim is seen by every other instance at once.
 */
@Repository
class PartnerMailings {

    static final int MAX_ATTEMPTS = 5;
    /** A claim this old belongs to an instance that stopped mid-send; the mail is tried again. */
    static final Duration STALE_CLAIM = Duration.ofHours(1);

    private final JdbcClient jdbc;

    PartnerMailings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the recipients not yet recorded for the quarter (an address recorded once is never recorded again). */
    void record(JobcenterId jobcenter, Quarter quarter, List<PartnerRecipient> recipients, Instant now) {
        for (PartnerRecipient recipient : recipients) {
            jdbc.sql("""
                    INSERT INTO insight_report_mailing (jobcenter_id, quarter, email, name, status, recorded_at)
                    VALUES (?, ?, ?, ?, 'PENDING', ?) ON CONFLICT DO NOTHING""")
                    .params(jobcenter.value(), quarter.toString(), recipient.key(), recipient.name(), Timestamp.from(now))
                    .update();
        }
    }

    /**
     * Claims the quarter's unsent addresses for this instance: a row is claimed by one UPDATE only, so two instances
     * never both get it.
     */
    List<PartnerRecipient> claim(JobcenterId jobcenter, Quarter quarter, Instant now) {
        return jdbc.sql("""
                UPDATE insight_report_mailing SET status = 'SENDING', claimed_at = ?, attempts = attempts + 1
                 WHERE jobcenter_id = ? AND quarter = ?
                   AND (status = 'PENDING' OR (status = 'SENDING' AND claimed_at < ?))
                RETURNING name, email""")
                .params(Timestamp.from(now), jobcenter.value(), quarter.toString(), Timestamp.from(now.minus(STALE_CLAIM)))
                .query((rs, row) -> new PartnerRecipient(Optional.empty(), rs.getString("name"), rs.getString("email")))
                .list();
    }

    void sent(JobcenterId jobcenter, Quarter quarter, PartnerRecipient recipient, Instant now) {
        jdbc.sql("UPDATE insight_report_mailing SET status = 'SENT', sent_at = ?, last_error = NULL"
                + " WHERE jobcenter_id = ? AND quarter = ? AND email = ?")
                .params(Timestamp.from(now), jobcenter.value(), quarter.toString(), recipient.key()).update();
    }

    /** A failed attempt: tried again at the next run, until the fifth. */
    void failed(JobcenterId jobcenter, Quarter quarter, PartnerRecipient recipient, String error) {
        jdbc.sql("UPDATE insight_report_mailing SET status = CASE WHEN attempts >= ? THEN 'FAILED' ELSE 'PENDING' END,"
                + " last_error = ? WHERE jobcenter_id = ? AND quarter = ? AND email = ?")
                .params(MAX_ATTEMPTS, error, jobcenter.value(), quarter.toString(), recipient.key()).update();
    }

    List<ReportSend> of(JobcenterId jobcenter, Quarter quarter) {
        return jdbc.sql("SELECT name, email, status, attempts, sent_at FROM insight_report_mailing"
                + " WHERE jobcenter_id = ? AND quarter = ? ORDER BY lower(name), email")
                .params(jobcenter.value(), quarter.toString())
                .query((rs, row) -> new ReportSend(rs.getString("name"), rs.getString("email"), rs.getString("status"),
                        rs.getInt("attempts"), Optional.ofNullable(rs.getTimestamp("sent_at")).map(Timestamp::toInstant)))
                .list();
    }
}
