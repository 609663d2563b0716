package de.lotse.partners;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import de.lotse.organisation.CounsellingCentre;
import de.lotse.organisation.CounsellingCentres;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.JobcenterId;
import de.lotse.organisation.StaffAccounts;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;
import de.lotse.staff.StaffFixtures;

/** Counselling centres and their people for tests, each with a name and logins no other test uses. */
final class PartnerFixtures {

    private final CounsellingCentres centres;
    private final StaffAccounts accounts;
    private final JobcenterId hamburg;

    PartnerFixtures(CounsellingCentres centres, StaffAccounts accounts, CurrentJobcenter jobcenter) {
        this.centres = centres;
        this.accounts = accounts;
        this.hamburg = jobcenter.get().id();
    }

    CounsellingCentre centre(CounsellingCentre.Status status) {
        return centres.register(hamburg, "Beratungsstelle " + unique(), "Diakonie (Test)",
                CounsellingCentre.Kind.WELFARE_ASSOCIATION, "beratung@beratung.lotse.test", Optional.empty(),
                Optional.empty(), status, Instant.now());
    }

    CounsellingCentre approvedCentre() {
        return centre(CounsellingCentre.Status.APPROVED);
    }

    StaffMember partnerAdmin(CounsellingCentre centre) {
        return person(centre, StaffRole.PARTNER_ADMIN);
    }

    StaffMember counsellor(CounsellingCentre centre) {
        return person(centre, StaffRole.COUNSELLOR);
    }

    private StaffMember person(CounsellingCentre centre, StaffRole role) {
        String login = role.name().toLowerCase().replace('_', '-') + "-" + unique();
        return accounts.createCounsellor(centre.jobcenter(), centre.id(), login, "Test " + role + " " + login, role,
                StaffFixtures.PASSWORD);
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
