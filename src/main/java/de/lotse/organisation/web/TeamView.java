package de.lotse.organisation.web;

import java.util.List;
import java.util.Optional;

import de.lotse.organisation.CounsellingCentre;
import de.lotse.organisation.OrganisationAdministration.NewAccount;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffMembers;
import de.lotse.organisation.StaffRole;

/**
 * A counselling centre's team, for its administrator: the accounts, the invitation form, the first password of an
 * account just made. While the centre is not approved, only the notice (with the reason given) and nothing to do.
 *
 * @param typedLogin, typedName, typedRole what was typed, kept when it could not be taken
 */
public record TeamView(StaffMember viewer, CounsellingCentre centre, Optional<String> reason,
        List<StaffMembers.Account> members, Optional<NewAccount> created, FormProblems problems, String typedLogin,
        String typedName, String typedRole) {

    public static TeamView notApproved(StaffMember viewer, CounsellingCentre centre, Optional<String> reason) {
        return new TeamView(viewer, centre, reason, List.of(), Optional.empty(), FormProblems.none(), "", "", "");
    }

    public List<StaffRole> roles() {
        return List.of(StaffRole.COUNSELLOR, StaffRole.DIRECTORY_EDITOR, StaffRole.PARTNER_ADMIN);
    }

    public boolean chosen(StaffRole role) {
        return typedRole.isEmpty() ? role == StaffRole.COUNSELLOR : role.name().equals(typedRole);
    }

    /** Whether the account can be removed here: an active one, and never the viewer's own. */
    public boolean removable(StaffMembers.Account account) {
        return account.active() && !account.member().id().equals(viewer.id());
    }

    public String reasonOrNull() {
        return reason.orElse(null);
    }

    @Override
    public String toString() {
        return "TeamView[" + viewer.login() + ", " + centre.name() + "]";
    }
}
