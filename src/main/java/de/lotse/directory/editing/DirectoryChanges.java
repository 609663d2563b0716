package de.lotse.directory.editing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.lotse.organisation.CentreId;
import de.lotse.organisation.StaffId;
import tools.jackson.databind.ObjectMapper;

/** The proposed changes of directory entries, pending and past (the entries' history). */
@Repository
public class DirectoryChanges {

    private static final String COLUMNS = """
            id, jobcenter_id, organization_id, service_id, kind, proposal::text AS proposal, base_updated_at,
            changed_fields, status, proposed_by, proposed_by_name, proposer_centre_id, proposed_at, reviewed_by,
            reviewed_by_name, reviewed_at, review_comment,
            coalesce(proposal -> 'entry' -> 'service' ->> 'name',
                     (SELECT s.name FROM directory_service s WHERE s.id = service_id)) AS service_name""";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    DirectoryChanges(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(DirectoryChange change) {
        jdbc.sql("""
                INSERT INTO directory_change (id, jobcenter_id, organization_id, service_id, kind, proposal,
                       base_updated_at, changed_fields, status, proposed_by, proposed_by_name, proposer_centre_id,
                       proposed_at)
                VALUES (:id, :jobcenter, :organization, :service, :kind, CAST(:proposal AS jsonb), :base, :fields,
                        :status, :by, :byName, :centre, :at)""")
                .param("id", change.id().value()).param("jobcenter", change.jobcenter())
                .param("organization", change.organization()).param("service", change.service())
                .param("kind", change.kind().name())
                .param("proposal", change.proposal().map(json::writeValueAsString).orElse(null))
                .param("base", change.base().map(Timestamp::from).orElse(null))
                .param("fields", String.join(",", change.changedFields())).param("status", change.status().name())
                .param("by", change.proposedBy().id().value()).param("byName", change.proposedBy().name())
                .param("centre", change.proposerCentre().map(CentreId::value).orElse(null))
                .param("at", Timestamp.from(change.proposedAt())).update();
    }

    /** Adds a proposal; the entry's pending one, if any, is superseded by it. */
    void insertReplacingPending(DirectoryChange change) {
        pendingFor(change.service()).ifPresent(older -> {
            older.supersede();
            saveStep(older);
        });
        insert(change);
    }

    /** Writes a step (published, rejected, superseded, taken back), only from pending: a parallel step loses. */
    void saveStep(DirectoryChange change) {
        Optional<DirectoryChange.Review> review = change.review();
        int changed = jdbc.sql("""
                UPDATE directory_change SET status = :status, reviewed_by = :by, reviewed_by_name = :byName,
                       reviewed_at = :at, review_comment = :comment
                 WHERE id = :id AND status = 'PENDING'""")
                .param("status", change.status().name())
                .param("by", review.map(r -> r.by().id().value()).orElse(null))
                .param("byName", review.map(r -> r.by().name()).orElse(null))
                .param("at", review.map(r -> Timestamp.from(r.at())).orElse(null))
                .param("comment", review.flatMap(DirectoryChange.Review::comment).orElse(null))
                .param("id", change.id().value()).update();
        if (changed == 0) {
            throw new IllegalStateException("Change " + change.id().value() + " is no longer pending");
        }
    }

    public Optional<DirectoryChange> byId(ChangeId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM directory_change WHERE id = ?").param(id.value())
                .query(this::change).optional();
    }

    /** The one pending change of an entry, locked against a parallel proposal or review. */
    Optional<DirectoryChange> pendingFor(UUID service) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM directory_change WHERE service_id = ? AND status = 'PENDING' FOR UPDATE")
                .param(service).query(this::change).optional();
    }

    /** The review queue: a Jobcenter's pending changes, oldest first. */
    public List<DirectoryChange> pending(UUID jobcenter) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM directory_change WHERE jobcenter_id = ? AND status = 'PENDING' "
                + "ORDER BY proposed_at").param(jobcenter).query(this::change).list();
    }

    /** An entry's history, newest first. */
    public List<DirectoryChange> ofService(UUID service) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM directory_change WHERE service_id = ? ORDER BY proposed_at DESC")
                .param(service).query(this::change).list();
    }

    /** The changes of these organizations' entries, newest first. */
    List<DirectoryChange> ofOrganizations(Collection<UUID> organizations, int limit) {
        if (organizations.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM directory_change WHERE organization_id IN (:ids) "
                + "ORDER BY proposed_at DESC LIMIT :limit").param("ids", organizations).param("limit", limit)
                .query(this::change).list();
    }

    /** When the published entry last changed (its version): none for an entry not in the directory. */
    Optional<Instant> liveVersion(UUID service) {
        return jdbc.sql("SELECT updated_at FROM directory_service WHERE id = ?").param(service)
                .query((rs, row) -> rs.getTimestamp("updated_at").toInstant()).optional();
    }

    private DirectoryChange change(ResultSet rs, int row) throws SQLException {
        String proposal = rs.getString("proposal");
        String fields = rs.getString("changed_fields");
        Optional<DirectoryChange.Review> review = Optional.empty();
        Timestamp reviewedAt = rs.getTimestamp("reviewed_at");
        if (reviewedAt != null) {
            review = Optional.of(new DirectoryChange.Review(new DirectoryChange.Person(
                    new StaffId(rs.getObject("reviewed_by", UUID.class)), rs.getString("reviewed_by_name")),
                    reviewedAt.toInstant(), Optional.ofNullable(rs.getString("review_comment"))));
        }
        return new DirectoryChange(new ChangeId(rs.getObject("id", UUID.class)), rs.getObject("jobcenter_id", UUID.class),
                rs.getObject("organization_id", UUID.class), rs.getObject("service_id", UUID.class),
                DirectoryChange.Kind.valueOf(rs.getString("kind")),
                Optional.ofNullable(proposal).map(text -> json.readValue(text, Proposal.class)),
                Optional.ofNullable(rs.getTimestamp("base_updated_at")).map(Timestamp::toInstant),
                fields.isEmpty() ? List.of() : Arrays.asList(fields.split(",")),
                new DirectoryChange.Person(new StaffId(rs.getObject("proposed_by", UUID.class)),
                        rs.getString("proposed_by_name")),
                Optional.ofNullable(rs.getObject("proposer_centre_id", UUID.class)).map(CentreId::new),
                rs.getTimestamp("proposed_at").toInstant(), Optional.ofNullable(rs.getString("service_name")).orElse(""),
                DirectoryChange.Status.valueOf(rs.getString("status")), review);
    }
}
