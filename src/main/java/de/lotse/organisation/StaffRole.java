package de.lotse.organisation;

/**
 * What an account holder does. Agents, caseworkers and managers work on the concerns of their sites; the executive
 * management is the last level of the direct line's escalation ladder; quality management sees only pseudonymised
 * figures; administrators keep sites, routing, staff, partners and settings. Counsellors and partner administrators
 * are not Jobcenter staff: they work for an independent counselling centre and see only their centre's referrals.
 * A directory editor works for a centre too, but keeps only its entries in the directory of counselling centres and
 * sees no referrals.
 */
public enum StaffRole {
    AGENT, CASEWORKER, SITE_MANAGER, AREA_MANAGER, EXECUTIVE_MANAGER, QUALITY_MANAGEMENT, ADMINISTRATOR, COUNSELLOR,
    PARTNER_ADMIN, DIRECTORY_EDITOR;

    /** Whether this role may read citizens' personal data in the concerns of its sites. */
    public boolean worksOnConcerns() {
        return this == AGENT || this == CASEWORKER || this == SITE_MANAGER || this == AREA_MANAGER;
    }

    /** Whether this role belongs to a counselling centre rather than to the Jobcenter. */
    public boolean partner() {
        return this == COUNSELLOR || this == PARTNER_ADMIN || this == DIRECTORY_EDITOR;
    }

    /** Whether this partner role works on the direct line's referrals (a directory editor does not). */
    public boolean seesReferrals() {
        return this == COUNSELLOR || this == PARTNER_ADMIN;
    }

    /** Whether this partner role may propose changes to its centre's entries in the directory. */
    public boolean editsDirectory() {
        return this == PARTNER_ADMIN || this == DIRECTORY_EDITOR;
    }
}
