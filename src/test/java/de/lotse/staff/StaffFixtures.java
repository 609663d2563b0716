package de.lotse.staff;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.JobcenterId;
import de.lotse.organisation.SiteId;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffAccounts;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;

/** Staff accounts for tests, each with a login no other test uses and a known password. */
public final class StaffFixtures {

    public static final String PASSWORD = "richtig-Passwort-42";

    private final StaffAccounts accounts;
    private final Sites sites;
    private final JobcenterId hamburg;

    public StaffFixtures(StaffAccounts accounts, Sites sites, CurrentJobcenter jobcenter) {
        this.accounts = accounts;
        this.sites = sites;
        this.hamburg = jobcenter.get().id();
    }

    public StaffMember member(StaffRole role, String... siteCodes) {
        Set<SiteId> siteIds = java.util.Arrays.stream(siteCodes).map(code -> sites.byCode(hamburg, code).orElseThrow().id())
                .collect(Collectors.toSet());
        String login = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        return accounts.create(hamburg, login, "Test " + role, role, siteIds, PASSWORD);
    }
}
