package de.lotse.security;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import de.lotse.organisation.CounsellingCentre;
import de.lotse.organisation.CounsellingCentres;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffAccounts;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;
import de.lotse.staff.StaffFixtures;

/** Fresh accounts for the security checks: an administrator of a site and a partner administrator of a centre. */
record Accounts(StaffAccounts accounts, Sites sites, CurrentJobcenter jobcenter, CounsellingCentres centres) {

    StaffMember staff(StaffRole role) {
        return new StaffFixtures(accounts, sites, jobcenter).member(role, "mitte");
    }

    StaffMember partner(StaffRole role) {
        CounsellingCentre centre = centres.register(jobcenter.get().id(), "Beratungsstelle " + unique(), "Test-Träger",
                CounsellingCentre.Kind.WELFARE_ASSOCIATION, "beratung@beratung.lotse.test", Optional.empty(),
                Optional.empty(), CounsellingCentre.Status.APPROVED, Instant.now());
        String login = role.name().toLowerCase().replace('_', '-') + "-" + unique();
        return accounts.createCounsellor(centre.jobcenter(), centre.id(), login, "Test " + login, role,
                StaffFixtures.PASSWORD);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
