package de.lotse.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class Sites {

    private static final String COLUMNS = "s.id, s.jobcenter_id, s.code, s.name, s.kind";

    private final JdbcClient jdbc;

    Sites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Site> byId(SiteId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM site s WHERE s.id = ?").param(id.value()).query(Sites::map).optional();
    }

    public Optional<Site> byCode(JobcenterId jobcenter, String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM site s WHERE s.jobcenter_id = ? AND s.code = ?")
                .params(jobcenter.value(), code).query(Sites::map).optional();
    }

    public List<Site> of(JobcenterId jobcenter) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM site s WHERE s.jobcenter_id = ? ORDER BY s.kind, s.name")
                .param(jobcenter.value()).query(Sites::map).list();
    }

    /** The on-duty mailbox of a site, told about existential concerns at once. */
    public Optional<String> dutyEmail(SiteId site) {
        return jdbc.sql("SELECT duty_email FROM site WHERE id = ?").param(site.value()).query(String.class).optional()
                .filter(email -> email != null && !email.isBlank());
    }

    /** The postcode table, for administrators. */
    public List<Map.Entry<Postcode, SiteId>> routes(JobcenterId jobcenter) {
        return jdbc.sql("SELECT postcode, site_id FROM postcode_route WHERE jobcenter_id = ? ORDER BY postcode")
                .param(jobcenter.value())
                .query((rs, row) -> Map.entry(new Postcode(rs.getString("postcode")), new SiteId(rs.getObject("site_id", UUID.class))))
                .list();
    }

    void route(JobcenterId jobcenter, Postcode postcode, SiteId site) {
        jdbc.sql("""
                INSERT INTO postcode_route (jobcenter_id, postcode, site_id) VALUES (?, ?, ?)
                ON CONFLICT (jobcenter_id, postcode) DO UPDATE SET site_id = excluded.site_id""")
                .params(jobcenter.value(), postcode.value(), site.value()).update();
    }

    void unroute(JobcenterId jobcenter, Postcode postcode) {
        jdbc.sql("DELETE FROM postcode_route WHERE jobcenter_id = ? AND postcode = ?")
                .params(jobcenter.value(), postcode.value()).update();
    }

    void setDutyEmail(SiteId site, String email) {
        jdbc.sql("UPDATE site SET duty_email = ? WHERE id = ?").params(email, site.value()).update();
    }

    void setDutyEmailIfAbsent(SiteId site, String email) {
        jdbc.sql("UPDATE site SET duty_email = ? WHERE id = ? AND duty_email IS NULL").params(email, site.value()).update();
    }

    /** Where concerns go that no postcode routes: the site administrators chose, else the first regional one. */
    public Optional<Site> central(JobcenterId jobcenter) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM site s WHERE s.jobcenter_id = ?
                ORDER BY s.central DESC, (s.kind = 'REGIONAL') DESC, s.name LIMIT 1""")
                .param(jobcenter.value()).query(Sites::map).optional();
    }

    /** Makes this site the central one of its Jobcenter (and no other). */
    void makeCentral(JobcenterId jobcenter, SiteId site) {
        jdbc.sql("UPDATE site SET central = false WHERE jobcenter_id = ? AND central AND id <> ?")
                .params(jobcenter.value(), site.value()).update();
        jdbc.sql("UPDATE site SET central = true WHERE jobcenter_id = ? AND id = ?").params(jobcenter.value(), site.value())
                .update();
    }

    void makeCentralIfNone(JobcenterId jobcenter, SiteId site) {
        jdbc.sql("""
                UPDATE site SET central = true WHERE jobcenter_id = ? AND id = ?
                   AND NOT EXISTS (SELECT 1 FROM site o WHERE o.jobcenter_id = ? AND o.central)""")
                .params(jobcenter.value(), site.value(), jobcenter.value()).update();
    }

    Optional<Site> servingPostcode(JobcenterId jobcenter, Postcode postcode) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM postcode_route r JOIN site s ON s.id = r.site_id
                WHERE r.jobcenter_id = ? AND r.postcode = ?""")
                .params(jobcenter.value(), postcode.value()).query(Sites::map).optional();
    }

    void insertIfAbsent(Site site, String note) {
        jdbc.sql("""
                INSERT INTO site (id, jobcenter_id, code, name, kind, note) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (jobcenter_id, code) DO NOTHING""")
                .params(site.id().value(), site.jobcenterId().value(), site.code(), site.name(), site.kind().name(), note)
                .update();
    }

    void routeIfUnrouted(JobcenterId jobcenter, Postcode postcode, SiteId site) {
        jdbc.sql("""
                INSERT INTO postcode_route (jobcenter_id, postcode, site_id) VALUES (?, ?, ?)
                ON CONFLICT (jobcenter_id, postcode) DO NOTHING""")
                .params(jobcenter.value(), postcode.value(), site.value()).update();
    }

    private static Site map(ResultSet rs, int row) throws SQLException {
        return new Site(new SiteId(rs.getObject("id", UUID.class)), new JobcenterId(rs.getObject("jobcenter_id", UUID.class)),
                rs.getString("code"), rs.getString("name"), Site.Kind.valueOf(rs.getString("kind")));
    }
}
