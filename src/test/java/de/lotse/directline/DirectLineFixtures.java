package de.lotse.directline;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import de.lotse.organisation.CounsellingCentre;
import de.lotse.organisation.CounsellingCentres;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.StaffAccounts;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;
import de.lotse.staff.StaffFixtures;

/** Counselling centres and counsellors for tests, each with names no other test uses. */
public final class DirectLineFixtures {

    private final CounsellingCentres centres;
    private final StaffAccounts accounts;
    private final CurrentJobcenter jobcenter;

    public DirectLineFixtures(CounsellingCentres centres, StaffAccounts accounts, CurrentJobcenter jobcenter) {
        this.centres = centres;
        this.accounts = accounts;
        this.jobcenter = jobcenter;
    }

    public CounsellingCentre centre(CounsellingCentre.Status status) {
        String name = "Beratung " + UUID.randomUUID().toString().substring(0, 8);
        return centres.register(jobcenter.get().id(), name, "Diakonie (Test)", CounsellingCentre.Kind.WELFARE_ASSOCIATION,
                "beratung-" + UUID.randomUUID() + "@example.org", Optional.empty(), Optional.empty(), status, Instant.now());
    }

    public StaffMember counsellor(CounsellingCentre centre) {
        return member(centre, StaffRole.COUNSELLOR);
    }

    /** An account of the centre in one of the partner roles (counsellor, partner administrator, directory editor). */
    public StaffMember member(CounsellingCentre centre, StaffRole role) {
        return accounts.createCounsellor(jobcenter.get().id(), centre.id(),
                role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8), "Beraterin Test", role,
                StaffFixtures.PASSWORD);
    }

    /** A complete referral form for a client living in Hamburg-Mitte (20095). */
    public static ReferralDraft draft() {
        return new ReferralDraft("HOUSING_AND_HEATING", "HANDLING_OF_DOCUMENTS",
                "Die Mietbescheinigung wurde dreimal eingereicht und gilt als nicht eingegangen.",
                "Die Kosten der Unterkunft werden ab Oktober gezahlt.", "Olena Kovalenko", "20095", null, null, null,
                "POST", "UNKNOWN", false, true, null, false);
    }
}
