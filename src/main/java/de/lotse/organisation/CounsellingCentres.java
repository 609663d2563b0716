package de.lotse.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The counselling centres of a Jobcenter. */
@Repository
public class CounsellingCentres {

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

    private static CounsellingCentre centre(ResultSet rs, int row) throws SQLException {
        return new CounsellingCentre(new CentreId(rs.getObject("id", UUID.class)),
                new JobcenterId(rs.getObject("jobcenter_id", UUID.class)), rs.getString("name"), rs.getString("provider"),
                CounsellingCentre.Kind.valueOf(rs.getString("kind")), rs.getString("email"),
                Optional.ofNullable(rs.getString("phone")), Optional.ofNullable(rs.getString("address")),
                CounsellingCentre.Status.valueOf(rs.getString("status")));
    }
}
