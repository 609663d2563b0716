package de.lotse.organisation;

/**
 * What a staff member does. Agents, caseworkers and managers work on the concerns of their sites; quality
 * management sees only pseudonymised figures; administrators keep sites, routing, staff and settings.
 */
public enum StaffRole {
    AGENT, CASEWORKER, SITE_MANAGER, AREA_MANAGER, QUALITY_MANAGEMENT, ADMINISTRATOR;

    /** Whether this role may read citizens' personal data in the concerns of its sites. */
    public boolean worksOnConcerns() {
        return this == AGENT || this == CASEWORKER || this == SITE_MANAGER || this == AREA_MANAGER;
    }
}
