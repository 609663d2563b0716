package de.lotse.insights;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.lotse.organisation.JobcenterId;
import de.lotse.organisation.SiteId;
import de.lotse.organisation.StaffId;

/** Stores measures; the only class that reads or writes {@code insight_measure}. */
@Repository
class Measures {

    private static final String COLUMNS = """
            id, jobcenter_id, legal_topic, site_id, detected_month, title, change_kind, change_description, owner, due_on,
            status, effective_from, created_at, created_by, version""";

    private final JdbcClient jdbc;

    Measures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Measure measure) {
        jdbc.sql("INSERT INTO insight_measure (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(measure.id().value(), measure.jobcenter().value(), measure.target().legalTopic(),
                        measure.target().site().map(SiteId::value).orElse(null),
                        Date.valueOf(measure.target().detectedIn().atDay(1)), measure.plan().title(),
                        measure.plan().change().name(), measure.plan().description(), measure.plan().owner(),
                        Date.valueOf(measure.plan().dueOn()), measure.status().name(),
                        measure.effectiveFrom().map(Date::valueOf).orElse(null), Timestamp.from(measure.createdAt()),
                        measure.createdBy().value(), measure.version())
                .update();
    }

    void update(Measure measure) {
        int updated = jdbc.sql("""
                UPDATE insight_measure SET status = ?, effective_from = ?, version = version + 1
                 WHERE id = ? AND version = ?""")
                .params(measure.status().name(), measure.effectiveFrom().map(Date::valueOf).orElse(null),
                        measure.id().value(), measure.version())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("Measure " + measure.id().value() + " was changed meanwhile");
        }
    }

    Optional<Measure> byId(MeasureId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM insight_measure WHERE id = ?").param(id.value())
                .query(Measures::map).optional();
    }

    /** A Jobcenter's measures, newest first; with sites given, only those of these sites. */
    List<Measure> of(JobcenterId jobcenter, Set<SiteId> sites) {
        String sql = "SELECT " + COLUMNS + " FROM insight_measure WHERE jobcenter_id = :jobcenter"
                + (sites.isEmpty() ? "" : " AND site_id IN (:sites)") + " ORDER BY created_at DESC";
        var statement = jdbc.sql(sql).param("jobcenter", jobcenter.value());
        if (!sites.isEmpty()) {
            statement = statement.param("sites", sites.stream().map(SiteId::value).toList());
        }
        return statement.query(Measures::map).list();
    }

    private static Measure map(ResultSet rs, int row) throws SQLException {
        Optional<SiteId> site = Optional.ofNullable(rs.getObject("site_id", UUID.class)).map(SiteId::new);
        return new Measure(new MeasureId(rs.getObject("id", UUID.class)), new JobcenterId(rs.getObject("jobcenter_id", UUID.class)),
                new Measure.Target(rs.getString("legal_topic"), site,
                        YearMonth.from(rs.getDate("detected_month").toLocalDate())),
                new Measure.Plan(rs.getString("title"), ChangeKind.valueOf(rs.getString("change_kind")),
                        rs.getString("change_description"), rs.getString("owner"), rs.getDate("due_on").toLocalDate()),
                rs.getTimestamp("created_at").toInstant(), new StaffId(rs.getObject("created_by", UUID.class)),
                Measure.Status.valueOf(rs.getString("status")),
                Optional.ofNullable(rs.getDate("effective_from")).map(Date::toLocalDate), rs.getInt("version"));
    }
}
