package de.lotse.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Staff accounts with their sites, password hashes and login failures. */
@Repository
public class StaffMembers {

    /** A login account as the authentication sees it. */
    public record Account(StaffMember member, Optional<String> passwordHash, int failedLogins,
            Optional<Instant> lockedUntil, boolean active) {

        public boolean lockedAt(Instant now) {
            return lockedUntil.map(until -> until.isAfter(now)).orElse(false);
        }
    }

    private final JdbcClient jdbc;

    StaffMembers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Account> accountByLogin(String login) {
        return jdbc.sql("""
                SELECT id, jobcenter_id, login, display_name, role, password_hash, failed_logins, locked_until, active,
                       counselling_centre_id
                  FROM staff_member WHERE login = ?""")
                .param(login).query(this::account).optional();
    }

    public Optional<StaffMember> byId(StaffId id) {
        return jdbc.sql("""
                SELECT id, jobcenter_id, login, display_name, role, password_hash, failed_logins, locked_until, active,
                       counselling_centre_id
                  FROM staff_member WHERE id = ?""")
                .param(id.value()).query(this::account).optional().map(Account::member);
    }

    /** Everyone who may work on concerns of one of these sites, by name. */
    public List<StaffMember> workingAt(Set<SiteId> sites) {
        if (sites.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT DISTINCT m.id, m.jobcenter_id, m.login, m.display_name, m.role, m.password_hash, m.counselling_centre_id,
                       m.failed_logins,
                       m.locked_until, m.active
                  FROM staff_member m JOIN staff_site s ON s.staff_id = m.id
                 WHERE s.site_id IN (:sites) AND m.active
                 ORDER BY m.display_name""")
                .param("sites", sites.stream().map(SiteId::value).toList())
                .query(this::account).list().stream().map(Account::member)
                .filter(member -> member.role().worksOnConcerns()).toList();
    }

    /** Everyone of a Jobcenter, for administrators. */
    public List<Account> of(JobcenterId jobcenter) {
        return jdbc.sql("""
                SELECT id, jobcenter_id, login, display_name, role, password_hash, failed_logins, locked_until, active,
                       counselling_centre_id
                  FROM staff_member WHERE jobcenter_id = ? ORDER BY active DESC, display_name""")
                .param(jobcenter.value()).query(this::account).list();
    }

    /** The accounts of a counselling centre's people, active ones first. */
    public List<Account> ofCentre(CentreId centre) {
        return jdbc.sql("""
                SELECT id, jobcenter_id, login, display_name, role, password_hash, failed_logins, locked_until, active,
                       counselling_centre_id
                  FROM staff_member WHERE counselling_centre_id = ? ORDER BY active DESC, display_name""")
                .param(centre.value()).query(this::account).list();
    }

    /** The account as it is now (role, sites), if it is still active: for checks that must not trust a session. */
    public Optional<StaffMember> activeById(StaffId id) {
        return accountById(id).filter(Account::active).map(Account::member);
    }

    Optional<Account> accountById(StaffId id) {
        return jdbc.sql("""
                SELECT id, jobcenter_id, login, display_name, role, password_hash, failed_logins, locked_until, active,
                       counselling_centre_id
                  FROM staff_member WHERE id = ?""")
                .param(id.value()).query(this::account).optional();
    }

    void setActive(StaffId id, boolean active) {
        jdbc.sql("UPDATE staff_member SET active = ? WHERE id = ?").params(active, id.value()).update();
    }

    boolean exists(String login) {
        return jdbc.sql("SELECT count(*) FROM staff_member WHERE login = ?").param(login).query(Long.class).single() > 0;
    }

    void insert(StaffMember member, String passwordHash) {
        jdbc.sql("""
                INSERT INTO staff_member (id, jobcenter_id, login, display_name, role, password_hash,
                                          counselling_centre_id)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(member.id().value(), member.jobcenter().value(), member.login(), member.displayName(),
                        member.role().name(), passwordHash, member.centre().map(CentreId::value).orElse(null))
                .update();
        for (SiteId site : member.sites()) {
            jdbc.sql("INSERT INTO staff_site (staff_id, site_id) VALUES (?, ?)").params(member.id().value(), site.value())
                    .update();
        }
    }

    /** Counts a failed login; the account is locked until the given time once the limit is reached. */
    void recordFailedLogin(String login, int limit, Instant lockUntil) {
        jdbc.sql("""
                UPDATE staff_member
                   SET failed_logins = failed_logins + 1,
                       locked_until = CASE WHEN failed_logins + 1 >= ? THEN ? ELSE locked_until END
                 WHERE login = ?""")
                .params(limit, Timestamp.from(lockUntil), login).update();
    }

    void recordSuccessfulLogin(String login) {
        jdbc.sql("UPDATE staff_member SET failed_logins = 0, locked_until = NULL WHERE login = ?").param(login).update();
    }

    private Account account(ResultSet rs, int row) throws SQLException {
        StaffId id = new StaffId(rs.getObject("id", UUID.class));
        StaffMember member = new StaffMember(id, new JobcenterId(rs.getObject("jobcenter_id", UUID.class)),
                rs.getString("login"), rs.getString("display_name"), StaffRole.valueOf(rs.getString("role")), sitesOf(id),
                Optional.ofNullable(rs.getObject("counselling_centre_id", UUID.class)).map(CentreId::new));
        return new Account(member, Optional.ofNullable(rs.getString("password_hash")), rs.getInt("failed_logins"),
                Optional.ofNullable(rs.getTimestamp("locked_until")).map(Timestamp::toInstant), rs.getBoolean("active"));
    }

    private Set<SiteId> sitesOf(StaffId id) {
        return new HashSet<>(jdbc.sql("SELECT site_id FROM staff_site WHERE staff_id = ?").param(id.value())
                .query((rs, row) -> new SiteId(rs.getObject("site_id", UUID.class))).list());
    }
}
