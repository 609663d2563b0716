package de.lotse.organisation.web;

import java.util.List;

import de.lotse.organisation.CentreDraft;
import de.lotse.organisation.CounsellingCentre;
import de.lotse.organisation.StaffMember;

/**
 * The administrator's list of counselling centres and the form to register one.
 *
 * @param draft what was typed into the registration form, kept when it could not be taken
 */
public record PartnerCentresView(StaffMember admin, List<CounsellingCentre> centres, CentreDraft draft,
        FormProblems problems) {

    public List<CounsellingCentre.Kind> kinds() {
        return List.of(CounsellingCentre.Kind.values());
    }

    public long waiting() {
        return centres.stream().filter(centre -> centre.status() == CounsellingCentre.Status.APPLIED).count();
    }

    @Override
    public String toString() {
        return "PartnerCentresView[" + admin.login() + "]";
    }
}
