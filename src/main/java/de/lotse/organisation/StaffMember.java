package de.lotse.organisation;

import java.util.Optional;
import java.util.Set;

/**
 * A person with a Lotse account: Jobcenter staff with the sites whose concerns they may see, or a counsellor of a
 * counselling centre (no sites; the centre whose referrals they may see).
 */
public record StaffMember(StaffId id, JobcenterId jobcenter, String login, String displayName, StaffRole role,
        Set<SiteId> sites, Optional<CentreId> centre) {

    public StaffMember {
        sites = Set.copyOf(sites);
    }

    /** A Jobcenter staff member (no centre). */
    public StaffMember(StaffId id, JobcenterId jobcenter, String login, String displayName, StaffRole role,
            Set<SiteId> sites) {
        this(id, jobcenter, login, displayName, role, sites, Optional.empty());
    }

    /** Whether this is a counsellor (or partner administrator) of the given centre. */
    public boolean worksFor(CentreId candidate) {
        return role.partner() && centre.filter(candidate::equals).isPresent();
    }

    /** Object-level rule for concerns: only roles that work on concerns, and only at their own sites. */
    public boolean mayWorkOn(SiteId site) {
        return role.worksOnConcerns() && sites.contains(site);
    }
}
