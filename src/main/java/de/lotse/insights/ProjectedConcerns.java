package de.lotse.insights;

import java.time.Duration;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.lotse.organisation.SiteId;

/** The pseudonymised projection of concerns: the only class that writes {@code insight_concern}. */
@Repository
class ProjectedConcerns {

    private final JdbcClient jdbc;

    ProjectedConcerns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the row as it is now; events may come twice or out of order, the last state read wins. */
    void save(ProjectedConcern row) {
        jdbc.sql("""
                INSERT INTO insight_concern (pseudonym, jobcenter_id, site_id, received_month, received_week, legal_topic,
                       administrative_problem, channel, kind, existential, acknowledge_seconds, answer_seconds,
                       resolve_seconds, acknowledge_breached, answer_breached, callback_breached, same_day_breached,
                       outcome, outcome_cause, snippet)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (pseudonym) DO UPDATE SET site_id = excluded.site_id, legal_topic = excluded.legal_topic,
                       administrative_problem = excluded.administrative_problem, kind = excluded.kind,
                       acknowledge_seconds = excluded.acknowledge_seconds, answer_seconds = excluded.answer_seconds,
                       resolve_seconds = excluded.resolve_seconds, acknowledge_breached = excluded.acknowledge_breached,
                       answer_breached = excluded.answer_breached, callback_breached = excluded.callback_breached,
                       same_day_breached = excluded.same_day_breached, outcome = excluded.outcome,
                       outcome_cause = excluded.outcome_cause""")
                .params(row.pseudonym(), row.jobcenter().value(), row.site().map(SiteId::value).orElse(null), row.month(),
                        row.week(), row.legalTopic(), row.administrativeProblem(), row.channel(), row.kind(),
                        row.existential(), seconds(row.toAcknowledge()), seconds(row.toAnswer()),
                        seconds(row.toResolve()), row.acknowledgeBreached().orElse(null),
                        row.answerBreached().orElse(null), row.callbackBreached().orElse(null),
                        row.sameDayBreached().orElse(null), row.outcome().orElse(null), row.cause().orElse(null),
                        row.snippet())
                .update();
    }

    /** A merged duplicate is counted in the concern it was merged into, not twice. */
    void remove(UUID pseudonym) {
        jdbc.sql("DELETE FROM insight_concern WHERE pseudonym = ?").param(pseudonym).update();
    }

    /**
     * Cuts the row loose from its concern (a random key, no snippet) and keeps the counted dimensions, so that every
     * published figure stays as it was; the pseudonym is remembered only so that the concern is not projected again.
     */
    void forget(UUID pseudonym) {
        jdbc.sql("INSERT INTO insight_anonymised (pseudonym) VALUES (?) ON CONFLICT DO NOTHING").param(pseudonym).update();
        jdbc.sql("UPDATE insight_concern SET pseudonym = gen_random_uuid(), snippet = '' WHERE pseudonym = ?")
                .param(pseudonym).update();
    }

    boolean forgotten(UUID pseudonym) {
        return jdbc.sql("SELECT count(*) FROM insight_anonymised WHERE pseudonym = ?").param(pseudonym).query(Long.class)
                .single() > 0;
    }

    boolean contains(UUID pseudonym) {
        return jdbc.sql("SELECT count(*) FROM insight_concern WHERE pseudonym = ?").param(pseudonym).query(Long.class)
                .single() > 0;
    }

    private static Long seconds(java.util.Optional<Duration> duration) {
        return duration.map(Duration::toSeconds).orElse(null);
    }
}
