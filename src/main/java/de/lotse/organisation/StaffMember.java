package de.lotse.organisation;

import java.util.Set;

/** A person working at the Jobcenter, with the sites whose concerns they may see. */
public record StaffMember(StaffId id, JobcenterId jobcenter, String login, String displayName, StaffRole role,
        Set<SiteId> sites) {

    public StaffMember {
        sites = Set.copyOf(sites);
    }

    /** Object-level rule for concerns: only roles that work on concerns, and only at their own sites. */
    public boolean mayWorkOn(SiteId site) {
        return role.worksOnConcerns() && sites.contains(site);
    }
}
