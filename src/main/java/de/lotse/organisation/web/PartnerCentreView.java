package de.lotse.organisation.web;

import java.util.List;
import java.util.Optional;

import de.lotse.organisation.CounsellingCentre;
import de.lotse.organisation.CounsellingCentres;
import de.lotse.organisation.OrganisationAdministration.NewAccount;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffMembers;

/**
 * One counselling centre for the administrator: its details and standing, approval and suspension, its accounts.
 *
 * @param created an account just made, whose first password is shown this once
 * @param typedLogin, typedName, typedReason what was typed, kept when it could not be taken
 * @param notice message key of what just happened (registered, approved, suspended), if anything
 */
public record PartnerCentreView(StaffMember admin, CounsellingCentre centre, CounsellingCentres.Standing standing,
        List<CounsellingCentres.StatusChange> history, List<StaffMembers.Account> accounts, Optional<NewAccount> created,
        FormProblems problems, String typedLogin, String typedName, String typedReason, Optional<String> notice) {

    public String path() {
        return PartnerCentresController.PATH + "/" + centre.id().value();
    }

    public boolean mayApprove() {
        return centre.status() != CounsellingCentre.Status.APPROVED;
    }

    public boolean maySuspend() {
        return centre.status() == CounsellingCentre.Status.APPROVED;
    }

    @Override
    public String toString() {
        return "PartnerCentreView[" + admin.login() + ", " + centre.name() + "]";
    }
}
