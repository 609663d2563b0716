package de.lotse.organisation;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.lotse.organisation.OrganisationAdministration.NewAccount;

/**
 * A counselling centre's administrator keeps the centre's team: invites counsellors, removes those who left. Only for
 * the person's own centre (another centre's people are not found), only while the centre is approved, and never the
 * person's own account. The acting account is read afresh, so a removed or changed account stops at once, even in a
 * session that is still open.
 */
@Service
public class PartnerTeam {

    /** The centre is not approved (applied, or suspended): its people see why and can do nothing. */
    public static class CentreNotApproved extends NotAllowed {

        CentreNotApproved(CentreId centre) {
            super("counselling centre " + centre.value() + " is not approved");
        }
    }

    private final StaffMembers staff;
    private final CounsellingCentres centres;
    private final PartnerAccounts partnerAccounts;

    PartnerTeam(StaffMembers staff, CounsellingCentres centres, PartnerAccounts partnerAccounts) {
        this.staff = staff;
        this.centres = centres;
        this.partnerAccounts = partnerAccounts;
    }

    /** The centre a counsellor or partner administrator works for, approved or not (for the notice if not). */
    public CounsellingCentre centreOf(StaffMember person) {
        StaffMember current = current(person);
        return current.centre().flatMap(centres::byId).orElseThrow(() -> new NotAllowed("no counselling centre"));
    }

    /** Why the person's centre has its status (the suspension's reason, for the notice), and who approved it. */
    public CounsellingCentres.Standing standingOf(StaffMember person) {
        return centres.standing(centreOf(person).id());
    }

    /** Whether the person may keep the team (a partner administrator of an approved centre). */
    public boolean mayManage(StaffMember person) {
        try {
            managing(person);
            return true;
        } catch (NotAllowed notAllowed) {
            return false;
        }
    }

    public List<StaffMembers.Account> members(StaffMember partnerAdmin) {
        return staff.ofCentre(managing(partnerAdmin).id());
    }

    /** Opens an account for a new counsellor (or another administrator) of the centre; its first password is shown once. */
    @Transactional
    public NewAccount invite(StaffMember partnerAdmin, String login, String displayName, StaffRole role) {
        return partnerAccounts.open(managing(partnerAdmin), login, displayName, role);
    }

    /** Deactivates the account of someone who left the centre; the person cannot log in any more. */
    @Transactional
    public void remove(StaffMember partnerAdmin, StaffId member) {
        CounsellingCentre centre = managing(partnerAdmin);
        StaffMember target = staff.byId(member).filter(found -> found.worksFor(centre.id()))
                .orElseThrow(() -> new NotFound("account " + member.value() + " of centre " + centre.id().value()));
        if (target.id().equals(partnerAdmin.id())) {
            throw new IllegalArgumentException("Partner administrators cannot remove themselves");
        }
        staff.setActive(target.id(), false);
    }

    private CounsellingCentre managing(StaffMember person) {
        StaffMember current = current(person);
        if (current.role() != StaffRole.PARTNER_ADMIN) {
            throw new NotAllowed("the team is kept by the centre's administrator");
        }
        CounsellingCentre centre = current.centre().flatMap(centres::byId)
                .orElseThrow(() -> new NotAllowed("no counselling centre"));
        if (!centre.approved()) {
            throw new CentreNotApproved(centre.id());
        }
        return centre;
    }

    private StaffMember current(StaffMember person) {
        return staff.accountById(person.id()).filter(StaffMembers.Account::active).map(StaffMembers.Account::member)
                .filter(member -> member.role().partner())
                .orElseThrow(() -> new NotAllowed("not an active counsellor's account"));
    }
}
