package de.lotse.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The counselling centres of a Jobcenter. */
@Repository
public class CounsellingCentres {

    /** Why the centre has its status, and who approved it last and when. */
    public record Standing(Optional<String> reason, Optional<Instant> approvedAt, Optional<String> approvedBy) {
    }

    /** One step in a centre's standing: registered, approved, suspended, approved again. */
    public record StatusChange(CounsellingCentre.Status status, Optional<String> reason, Optional<String> changedBy,
            Instant changedAt) {
    }

    private final JdbcClient jdbc;

    CounsellingCentres(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CounsellingCentre> byId(CentreId id) {
        return jdbc.sql("""
                SELECT id, jobcenter_id, name, provider, kind, email, phone, address, status FROM counselling_centre
                 WHERE id = ?""").param(id.value()).query(CounsellingCentres::centre).optional();
    }

    public List<CounsellingCentre> of(JobcenterId jobcenter) {
        return jdbc.sql("""
                SELECT id, jobcenter_id, name, provider, kind, email, phone, address, status FROM counselling_centre
                 WHERE jobcenter_id = ? ORDER BY name""").param(jobcenter.value()).query(CounsellingCentres::centre).list();
    }

    Optional<CounsellingCentre> named(JobcenterId jobcenter, String name) {
        return jdbc.sql("""
                SELECT id, jobcenter_id, name, provider, kind, email, phone, address, status FROM counselling_centre
                 WHERE jobcenter_id = ? AND lower(name) = lower(?)""")
                .params(jobcenter.value(), name).query(CounsellingCentres::centre).optional();
    }

    /** Registers a centre; it may use the direct line once approved. */
    public CounsellingCentre register(JobcenterId jobcenter, String name, String provider, CounsellingCentre.Kind kind,
            String email, Optional<String> phone, Optional<String> address, CounsellingCentre.Status status, Instant now) {
        CentreId id = new CentreId(UUID.randomUUID());
        jdbc.sql("""
                INSERT INTO counselling_centre (id, jobcenter_id, name, provider, kind, email, phone, address, status,
                                                created_at, approved_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id.value(), jobcenter.value(), name, provider, kind.name(), email, phone.orElse(null),
                        address.orElse(null), status.name(), Timestamp.from(now),
                        status == CounsellingCentre.Status.APPROVED ? Timestamp.from(now) : null)
                .update();
        return new CounsellingCentre(id, jobcenter, name, provider, kind, email, phone, address, status);
    }

    public Standing standing(CentreId id) {
        return jdbc.sql("""
                SELECT c.status_reason, c.approved_at, m.display_name AS approved_by
                  FROM counselling_centre c LEFT JOIN staff_member m ON m.id = c.approved_by
                 WHERE c.id = ?""").param(id.value())
                .query((rs, row) -> new Standing(Optional.ofNullable(rs.getString("status_reason")),
                        Optional.ofNullable(rs.getTimestamp("approved_at")).map(Timestamp::toInstant),
                        Optional.ofNullable(rs.getString("approved_by"))))
                .single();
    }

    /** Every step of the centre's standing, oldest first. */
    public List<StatusChange> history(CentreId id) {
        return jdbc.sql("""
                SELECT h.status, h.reason, m.display_name, h.changed_at
                  FROM counselling_centre_status_change h LEFT JOIN staff_member m ON m.id = h.changed_by
                 WHERE h.centre_id = ? ORDER BY h.id""").param(id.value())
                .query((rs, row) -> new StatusChange(CounsellingCentre.Status.valueOf(rs.getString("status")),
                        Optional.ofNullable(rs.getString("reason")), Optional.ofNullable(rs.getString("display_name")),
                        rs.getTimestamp("changed_at").toInstant()))
                .list();
    }

    /** Writes down who registered the centre (with the status it was registered with). */
    void recordRegistration(CounsellingCentre centre, StaffId by, Instant at) {
        if (centre.approved()) {
            jdbc.sql("UPDATE counselling_centre SET approved_by = ? WHERE id = ?").params(by.value(), centre.id().value())
                    .update();
        }
        recordChange(centre.id(), centre.status(), Optional.empty(), by, at);
    }

    /**
     * Moves the centre to a new status, only from one of the expected ones (a second administrator acting on the
     * same centre at the same time finds it moved already). An approval records who and when.
     */
    void changeStatus(CentreId id, Set<CounsellingCentre.Status> from, CounsellingCentre.Status to,
            Optional<String> reason, StaffId by, Instant at) {
        boolean approval = to == CounsellingCentre.Status.APPROVED;
        int changed = jdbc.sql("""
                UPDATE counselling_centre
                   SET status = :to, status_reason = :reason,
                       approved_at = CASE WHEN :approval THEN :at ELSE approved_at END,
                       approved_by = CASE WHEN :approval THEN :by ELSE approved_by END
                 WHERE id = :id AND status IN (:from)""")
                .param("to", to.name()).param("reason", reason.orElse(null)).param("approval", approval)
                .param("at", Timestamp.from(at)).param("by", by.value()).param("id", id.value())
                .param("from", from.stream().map(Enum::name).toList())
                .update();
        if (changed == 0) {
            throw new IllegalStateException("Centre " + id.value() + " is not in " + from);
        }
        recordChange(id, to, reason, by, at);
    }

    private void recordChange(CentreId id, CounsellingCentre.Status status, Optional<String> reason, StaffId by,
            Instant at) {
        jdbc.sql("""
                INSERT INTO counselling_centre_status_change (centre_id, status, reason, changed_by, changed_at)
                VALUES (?, ?, ?, ?, ?)""")
                .params(id.value(), status.name(), reason.orElse(null), by.value(), Timestamp.from(at))
                .update();
    }

    private static CounsellingCentre centre(ResultSet rs, int row) throws SQLException {
        return new CounsellingCentre(new CentreId(rs.getObject("id", UUID.class)),
                new JobcenterId(rs.getObject("jobcenter_id", UUID.class)), rs.getString("name"), rs.getString("provider"),
                CounsellingCentre.Kind.valueOf(rs.getString("kind")), rs.getString("email"),
                Optional.ofNullable(rs.getString("phone")), Optional.ofNullable(rs.getString("address")),
                CounsellingCentre.Status.valueOf(rs.getString("status")));
    }
}
