package de.lotse.insights;

import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.lotse.organisation.NotAllowed;
import de.lotse.organisation.StaffMember;
import de.lotse.privacy.AccessLog;
import de.lotse.privacy.PersonalDataRead;

/**
 * The pseudonymised list behind a figure, for the roles that may see it. A group smaller than 5 is not listed (its
 * rows could point to a person); every row shown is written to the access log under its pseudonym.
 */
@Service
public class DrillDown {

    static final String SUBJECT = "insight-concern";
    static final int LIMIT = 50;

    /**
     * The rows shown and how many the group has in all (the list shows at most {@value #LIMIT}); a group of 1 to 4 is
     * too small to list, and its size is not told.
     */
    public record Listing(List<PseudonymisedRow> rows, long groupSize, boolean tooSmall) {
    }

    private final InsightDashboard dashboard;
    private final JdbcClient jdbc;
    private final AccessLog accessLog;
    private final Clock clock;

    DrillDown(InsightDashboard dashboard, JdbcClient jdbc, AccessLog accessLog, Clock clock) {
        this.dashboard = dashboard;
        this.jdbc = jdbc;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** @throws NotAllowed when the viewer's role may not see pseudonymised rows, or not of the site asked for */
    @Transactional
    public Listing list(StaffMember viewer, InsightDashboard.Filter filter, Optional<String> problem) {
        if (!InsightAccess.mayListRows(viewer)) {
            throw new NotAllowed("the pseudonymised list is for quality management and site managers");
        }
        InsightScope scope = dashboard.scope(viewer, filter);
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(Aggregates.where(scope, params));
        problem.ifPresent(code -> {
            where.append(" AND administrative_problem = :problem");
            params.put("problem", code);
        });
        long size = jdbc.sql("SELECT count(*) FROM insight_concern" + where).params(params).query(Long.class).single();
        if (size < Suppression.THRESHOLD) {
            return new Listing(List.of(), 0, size > 0);
        }
        List<PseudonymisedRow> rows = jdbc.sql("""
                SELECT pseudonym, received_month, site_id, legal_topic, administrative_problem, kind, channel, existential,
                       answer_seconds, resolve_seconds, outcome, outcome_cause, snippet FROM insight_concern""" + where
                + " ORDER BY received_month DESC, pseudonym LIMIT " + LIMIT)
                .params(params).query((rs, n) -> new PseudonymisedRow(rs.getObject("pseudonym", UUID.class),
                        YearMonth.from(rs.getDate("received_month").toLocalDate()),
                        Optional.ofNullable(rs.getString("site_id")), rs.getString("legal_topic"),
                        rs.getString("administrative_problem"), rs.getString("kind"), rs.getString("channel"),
                        rs.getBoolean("existential"), days(rs.getObject("answer_seconds", Long.class)),
                        days(rs.getObject("resolve_seconds", Long.class)), Optional.ofNullable(rs.getString("outcome")),
                        Optional.ofNullable(rs.getString("outcome_cause")), rs.getString("snippet")))
                .list();
        for (PseudonymisedRow row : rows) {
            accessLog.record(new PersonalDataRead(SUBJECT, row.pseudonym(), "staff:" + viewer.id().value(),
                    "insights:list:" + viewer.role().name(), clock.instant()));
        }
        return new Listing(rows, size, false);
    }

    private static OptionalDouble days(Long seconds) {
        return seconds == null ? OptionalDouble.empty() : OptionalDouble.of(seconds / 86_400.0);
    }
}
