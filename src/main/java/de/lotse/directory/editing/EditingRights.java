package de.lotse.directory.editing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.lotse.organisation.CentreId;
import de.lotse.organisation.CounsellingCentre;
import de.lotse.organisation.NotAllowed;
import de.lotse.organisation.PartnerTeam;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;

/**
 * Who may edit which directory entries, checked on every call whatever the pages showed. An editor is a partner
 * administrator or a directory editor of an approved counselling centre (the account read afresh, so a removed one
 * stops at once); they edit the entries of the organizations linked to their centre, and of those the coordinator
 * granted their centre (an umbrella editing for its members). The coordinator is the Jobcenter's administrator.
 */
@Component
public class EditingRights {

    /** A grant of editing rights: the centre may edit the organization's entries. */
    public record Grant(CentreId centre, UUID organization, String organizationName, Instant grantedAt) {
    }

    private final JdbcClient jdbc;
    private final PartnerTeam team;

    EditingRights(JdbcClient jdbc, PartnerTeam team) {
        this.jdbc = jdbc;
        this.team = team;
    }

    /** The editor's own centre, if they may edit at all; else NotAllowed. */
    public CounsellingCentre centreOf(StaffMember editor) {
        CounsellingCentre centre = team.centreOf(editor);
        if (!editor.role().editsDirectory()) {
            throw new NotAllowed("directory entries are kept by directory editors and partner administrators");
        }
        if (!centre.approved()) {
            throw new NotAllowed("counselling centre " + centre.id().value() + " is not approved");
        }
        return centre;
    }

    /** The organizations whose entries the editor may edit. */
    public Set<UUID> organizations(StaffMember editor) {
        CounsellingCentre centre = centreOf(editor);
        return new LinkedHashSet<>(jdbc.sql("""
                SELECT o.id FROM directory_organization o
                 WHERE o.jobcenter_id = :jobcenter
                   AND (o.counselling_centre_id = :centre
                        OR o.id IN (SELECT g.organization_id FROM directory_editing_grant g WHERE g.centre_id = :centre))
                 ORDER BY o.name""")
                .param("jobcenter", centre.jobcenter().value()).param("centre", centre.id().value())
                .query(UUID.class).list());
    }

    void requireEditable(StaffMember editor, UUID organization) {
        if (!organizations(editor).contains(organization)) {
            throw new NotAllowed("organization " + organization + " is not the editor's");
        }
    }

    static void requireCoordinator(StaffMember coordinator) {
        if (coordinator.role() != StaffRole.ADMINISTRATOR) {
            throw new NotAllowed("the directory's coordinator is the Jobcenter's administrator");
        }
    }

    static void requireCoordinatorOf(StaffMember coordinator, UUID jobcenter) {
        requireCoordinator(coordinator);
        if (!coordinator.jobcenter().value().equals(jobcenter)) {
            throw new NotAllowed("another Jobcenter's directory");
        }
    }

    List<Grant> grants(UUID jobcenter) {
        return jdbc.sql("""
                SELECT g.centre_id, g.organization_id, o.name, g.granted_at FROM directory_editing_grant g
                  JOIN directory_organization o ON o.id = g.organization_id
                 WHERE o.jobcenter_id = ? ORDER BY o.name""").param(jobcenter)
                .query((rs, row) -> new Grant(new CentreId(rs.getObject("centre_id", UUID.class)),
                        rs.getObject("organization_id", UUID.class), rs.getString("name"),
                        rs.getTimestamp("granted_at").toInstant()))
                .list();
    }

    void grant(CentreId centre, UUID organization, StaffMember by, Instant at) {
        jdbc.sql("""
                INSERT INTO directory_editing_grant (centre_id, organization_id, granted_by, granted_at)
                VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(centre.value(), organization, by.id().value(), Timestamp.from(at)).update();
    }

    void revoke(CentreId centre, UUID organization) {
        jdbc.sql("DELETE FROM directory_editing_grant WHERE centre_id = ? AND organization_id = ?")
                .params(centre.value(), organization).update();
    }
}
