package de.lotse.directline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.lotse.concerns.AdministrativeProblem;
import de.lotse.concerns.LegalTopic;
import de.lotse.organisation.JobcenterId;
import de.lotse.organisation.SiteId;

/**
 * The settled referrals as codes, page by page, for modules that count them (the insights' backfill of referrals
 * settled before they listened): what {@link DirectLineEvents.ReferralResolved} carries, and when it was settled.
 */
@Component
public class SettledReferrals {

    public record Settled(ReferralId referral, JobcenterId jobcenter, Optional<SiteId> site, LegalTopic legalTopic,
            AdministrativeProblem administrativeProblem, ReferralOutcome outcome, Optional<RootCause> cause,
            EscalationLevel level, Instant settledAt) {
    }

    private final JdbcClient jdbc;

    SettledReferrals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit} settled referrals with an id after the given one, in id order. */
    public List<Settled> after(Optional<ReferralId> after, int limit) {
        return jdbc.sql("""
                SELECT r.id, r.jobcenter_id, r.site_id, r.legal_topic, r.administrative_problem, r.outcome, r.root_cause,
                       r.level, coalesce((SELECT max(e.occurred_at) FROM referral_entry e
                                           WHERE e.referral_id = r.id AND e.type = 'RESOLVED'), r.updated_at) AS settled_at
                  FROM referral r
                 WHERE r.status = 'RESOLVED' AND r.outcome IS NOT NULL AND r.id > ?
                 ORDER BY r.id LIMIT ?""")
                .params(after.map(ReferralId::value).orElse(new UUID(0, 0)), limit)
                .query(SettledReferrals::map).list();
    }

    private static Settled map(ResultSet rs, int row) throws SQLException {
        return new Settled(new ReferralId(rs.getObject("id", UUID.class)),
                new JobcenterId(rs.getObject("jobcenter_id", UUID.class)),
                Optional.ofNullable(rs.getObject("site_id", UUID.class)).map(SiteId::new),
                LegalTopic.valueOf(rs.getString("legal_topic")),
                AdministrativeProblem.valueOf(rs.getString("administrative_problem")),
                ReferralOutcome.valueOf(rs.getString("outcome")),
                Optional.ofNullable(rs.getString("root_cause")).map(RootCause::valueOf),
                EscalationLevel.valueOf(rs.getString("level")), rs.getTimestamp("settled_at").toInstant());
    }
}
